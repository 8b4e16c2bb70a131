def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0.0, -0.0, 1.5, -2.5, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"), 3.0, 2.0**53, 0.1]:
    try:
        r = v.as_integer_ratio()
    except Exception as e:
        r = type(e).__name__ + ":" + str(e)
    print(repr(v), v.is_integer(), r, v.hex(), v.conjugate(), v.real, v.imag)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, 123.456, -0.0]:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400), v.__trunc__(), v.__floor__(), v.__ceil__())
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round(float("nan"), 0))
t(lambda: round(1.5, 1.0))
t(lambda: (1.5).__round__(None))
t(lambda: float("inf").__trunc__())
t(lambda: float("nan").__floor__())
t(lambda: float("-inf").__ceil__())
t(lambda: int(float("nan")))
t(lambda: (1e308).__round__(-308))
t(lambda: round(5e-324, 323))
t(lambda: round(5e-324, 324))
t(lambda: round(1.23456789e300, -298))
t(lambda: float.__getformat__("double"))
t(lambda: float.__getformat__("int"))
t(lambda: (1.5).__getnewargs__())
class F(float): pass
for m in ["__round__", "__trunc__", "__pos__", "__neg__", "__abs__", "conjugate", "__float__"]:
    r = getattr(F(2.5), m)()
    print(m, type(r).__name__, r)
print(type(F(2.5).real).__name__)
