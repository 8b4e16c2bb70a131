print(int(), int("42"), int(" -7 "), int("1_000"), int("ff", 16), int("0x1f", 0), int(3.9), int(True), int("z", 36))
print(float(), float("3.5"), float(2), float("-inf"), str(), str(3.0), bool(), bool([0]), list(), list("ab"), tuple([1]), dict(a=1), set("aa"))
print(complex(1, 2), complex("3+4j"), bytes(2), bytearray(b"x"), frozenset([1]), list(range(3)), dict([("a", 1)], b=2))
for f in [lambda: int("abc"), lambda: int("1.5"), lambda: int("12", 2), lambda: int(None), lambda: float("x"), lambda: int("5", 1), lambda: list(5), lambda: dict([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
