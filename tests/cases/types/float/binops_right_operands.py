def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ops = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__divmod__", "__radd__", "__rsub__", "__rtruediv__", "__rpow__", "__rmod__", "__lt__", "__eq__", "__ge__"]
for other in [2, True, 0.5, 2**70, 1j, "s", None, [1]]:
    row = []
    for op in ops:
        try:
            r = getattr(1.5, op)(other)
            row.append("NI" if r is NotImplemented else repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(other), row)
t(lambda: 1.5 + "a")
t(lambda: 1.5 ** 2**2000)
t(lambda: (-8.0) ** (1 / 3))
t(lambda: 0.0 ** -1)
t(lambda: (-0.0) ** -1)
t(lambda: 1e308 * 10)
t(lambda: 1.5 / 0)
t(lambda: 1.5 // 0.0)
t(lambda: pow(1.5, 2, 3))
t(lambda: 1.5 < 2**2000)
t(lambda: 1e308 < 2**1100)
t(lambda: float("inf") > 2**5000)
t(lambda: float("nan") == float("nan"))
t(lambda: 2**53 + 1 == float(2**53 + 1))
t(lambda: 1.5 == 3 / 2)
t(lambda: 0.1 + 0.2 == 0.3)
t(lambda: round(0.1 + 0.2, 15) == 0.3)
t(lambda: -7.5 // 2)
t(lambda: -7.5 % 2)
t(lambda: abs(-0.0))
t(lambda: -(0.0))
t(lambda: +(-0.0))
