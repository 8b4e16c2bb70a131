# int ** (with negative exponents -> float), three-argument pow, shifts and bitwise operators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in [0, 1, -1, 2, -2, 3, 10, -7, 2**40]:
    for b in [0, 1, 2, 3, 10, 31, 53, 64, -1, -2, -3]:
        t(lambda: a ** b)
t(lambda: 0 ** -1)
t(lambda: 2 ** -1100)
t(lambda: 10 ** -5)
print(3 ** 200, (-3) ** 201)
for a, b, m in [(3, 4, 5), (3, 4, -5), (-3, 5, 7), (2, 100, 10**9 + 7), (3, -1, 7), (2, -1, 4),
                (2, 3, 0), (5, 0, 1), (5, 0, -1), (10**20, 10**18, 2**64 + 13), (0, -1, 7)]:
    t(lambda: pow(a, b, m))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
for a in [0, 1, -1, 5, -5, 2**52, -(2**60), 10**20]:
    for s in [0, 1, 3, 31, 32, 52, 53, 64, 100]:
        print(a, s, a << s, a >> s)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 >> 2**100)
t(lambda: -1 >> 2**100)
t(lambda: 0 << 2**100)
t(lambda: 1 << 2**100)
for a in [0, 1, -1, 12, -12, 2**31, -(2**31), 2**53 + 5, -(2**70) + 3]:
    for b in [0, 5, -5, 2**32 - 1, -(2**40), 2**64]:
        print(a & b, a | b, a ^ b)
