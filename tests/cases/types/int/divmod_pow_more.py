def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2**64, 7), (-(2**64), 7), (2**64, -(2**32)), (10**30, 10**15 + 7), (1, 2**100), (-1, 2**100)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for b, e, m in [(2, 10, 1000), (2, -1, 7), (3, -2, 7), (2, 100, 2**61 - 1), (-3, 3, 5), (3, 3, -5), (0, 0, 7), (5, 0, 1), (2**70, 2**70, 10**9 + 7), (10, -1, 3)]:
    try:
        print(b, e, m, pow(b, e, m))
    except Exception as ex:
        print(b, e, m, type(ex).__name__ + ":", ex)
print(2 ** -1, (-2) ** -2, 0 ** 0, (-1) ** (2**70 + 1), 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 10 ** -300)
t(lambda: 0 ** -1)
t(lambda: pow(0, -1))
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow(base=2, exp=3, mod=5))
t(lambda: pow(2, exp=3))
t(lambda: divmod(1, 2, 3))
t(lambda: divmod())
t(lambda: 10 ** 10 ** 10 if False else "skip")
t(lambda: 2 ** -2**70)
