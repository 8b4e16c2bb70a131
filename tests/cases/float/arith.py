# float arithmetic with floats and ints: signs of zeros, floor division and modulo, pow, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.5, -2.5, 0.1, 7.0, 3, -3, 1e300, -1e-300, inf, -inf, nan]
for a in vals:
    for b in vals:
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
for a in [2.0, -2.0, 0.0, -0.0, 0.5, 10.0, inf, -inf, nan, 1.0, -1.0]:
    for b in [0, 1, 2, 3, -1, -2, 0.5, -0.5, 2.5, inf, -inf, nan]:
        try:
            print(a, b, a ** b)
        except Exception as e:
            print(a, b, type(e).__name__)
t(lambda: (-8.0) ** (1 / 3))
t(lambda: 0.0 ** -1)
t(lambda: pow(2.0, 3, 5))
t(lambda: 10.0 ** 308)
t(lambda: 2 ** 0.5)
t(lambda: 1.1 ** 100)
print(-(0.0), abs(-0.0), +(-0.0), -inf, abs(-inf))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**1100 > 1e308, 2**1100 < inf, -(2**1100) > -inf)
print(10**16 == 1e16, 10**23 == 1e23, 123 == 123.0, 2**64 == 2.0**64, (2**64 + 1) == 2.0**64)
t(lambda: 10**400 + 1.0)
t(lambda: 1.0 / 10**400)
t(lambda: float(10**400))
