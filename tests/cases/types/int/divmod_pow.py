def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 2 ** -1)
t(lambda: 0 ** -1)
t(lambda: pow(2, 10, 1000))
t(lambda: pow(3, -1, 7))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, 3.0, 5))
t(lambda: (-8) ** (1 / 3))
t(lambda: 10 ** 20)
t(lambda: 7 / 2)
t(lambda: 2 ** 1000 / 2 ** 999)
t(lambda: 10 ** 400 / 1)
