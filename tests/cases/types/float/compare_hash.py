def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan])
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(0.5) == hash(1 / 2))
print(float("inf") > 10**400, -float("inf") < -10**400, 1e308 < 10**309)
print(hash(float("inf")), hash(-float("inf")))
t(lambda: 1.0 < "a")
t(lambda: max(1.0, 1))
t(lambda: min(nan, 1))
