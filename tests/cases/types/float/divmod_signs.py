def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [7.5, -7.5, 0.0, -0.0, 1e308, 5e-324, float("inf"), float("-inf"), float("nan")]
divs = [2.0, -2.0, 0.5, float("inf"), float("-inf"), 3, -3]
for a in vals:
    for b in divs:
        try:
            r = (a % b, a // b, divmod(a, b))
        except Exception as e:
            r = type(e).__name__ + ":" + str(e)
        print(repr(a), repr(b), r)
t(lambda: 1.0 % 0.0)
t(lambda: 1.0 // 0)
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(0.0, 0))
t(lambda: 5 % 0.0)
t(lambda: -0.0 % 5)
t(lambda: 0.0 % -5)
t(lambda: -1e-300 % 1e300)
t(lambda: 1e-300 % -1e300)
t(lambda: (-6.0).__rmod__(4))
t(lambda: (2.0).__rdivmod__(7))
t(lambda: (2.0).__divmod__("a"))
t(lambda: divmod(2.0, "a"))
t(lambda: 2**1100 % 1.5)
t(lambda: 1.5 // 2**1100)
