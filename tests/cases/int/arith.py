# int arithmetic: + - * / // % unary, with small ints, big ints and the normalisation between them
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0, 1, -1, 7, -7, 2**53 - 1, 2**53, -(2**53), 2**63, -(2**64) + 3, 10**30, -(10**25) - 1]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: a / b)
        t(lambda: divmod(a, b))
for a in vals:
    print(-a, +a, abs(a), ~a, bool(a))
# results that cross the safe-integer boundary and come back
x = 2**53 + 10
print(x - 20, x - 2**53, (x * 3) // 3 == x, x // 2**30)
print(10**400 // 10**399, 10**400 % 7, -(10**400) // 3 % 5)
print(7 / 2, -7 / 2, 1 / 3, 10**20 / 10**10, (2**1000 + 1) / 2**999, 2**1100 // 3 / 2**1000)
t(lambda: 2**1100 / 3)
t(lambda: 10**400 / 10**399)
t(lambda: 1 / 10**400)
t(lambda: (2**60 + 1) / 3)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(10**30, 0))
t(lambda: 5 / 0)
print(0 / -5, -0 * 5, 0 * -1)
