def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0))
t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** 0.5)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError raised", type(e.args).__name__)
t(lambda: 1e308 * 10)
t(lambda: -7.5 // 2)
t(lambda: -7.5 % 2)
t(lambda: 7.5 % -2)
t(lambda: divmod(-7.5, 2))
t(lambda: float("inf") - float("inf"))
t(lambda: float("inf") * 0)
t(lambda: -0.0 % 5)
t(lambda: 5.0 % float("inf"))
t(lambda: -5.0 % float("inf"))
t(lambda: pow(2.0, 3, 5))
