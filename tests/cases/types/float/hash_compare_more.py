def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(0.5) == hash(0.5), hash(float("inf")) == hash(float("inf")), hash(float("-inf")) == -hash(float("inf")))
print(hash(1.5) == -hash(-1.5), hash(0.1) == hash(0.1), hash(2.0**60) == hash(2**60), hash(1e100) == hash(int(1e100)))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan), float("nan") in {nan})
print(0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 < 0.0, 1 / float("inf"), -1 / float("inf"), float("inf") - float("inf"))
print(float("inf") == float("inf"), float("inf") > 1e308, -float("inf") < -1e308, float("inf") * 0)
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3.0, 1.0, 2.0]), round(2.5), round(3.5), round(-2.5))
t(lambda: 1.0 < "1")
t(lambda: 1.0 == "1")
t(lambda: 1.0 < None)
t(lambda: float.__eq__(1.0, 1))
t(lambda: float.__eq__(1.0, "a"))
t(lambda: float.__lt__(1.0, 2**2000))
t(lambda: float.__lt__(1, 2.0))
