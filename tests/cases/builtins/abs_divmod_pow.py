print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(2**70)), abs(3+4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-2**70, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 1/3).real > 0, pow(5, 3, 7), pow(3, -1, 11), pow(2, 100, 10**9))
for f in [lambda: abs("x"), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
