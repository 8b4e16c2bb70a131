def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [2**31 - 1, 2**31, 2**32, 2**53 - 1, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1, -2**53 - 1, -2**63, -2**63 - 1, -2**64]
for v in vals:
    print(v, v + 1, v - 1, v * 3, v // 7, v % 7, -v, v >> 1, v << 1, v & 0xFFFF, v | 1, v ^ -1, ~v, abs(v))
    print(float(v), v == float(v), v < float(v), hash(v) == hash(float(v)) if float(v) == v else "neq", divmod(v, -10), pow(v, 2, 1000))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53 + 2)
print(9007199254740993 * 1.0, float(9007199254740993), 9007199254740993 / 1)
print(int(9007199254740993.0), int(1e19), int(-1e19), int(2.0**63), int(2.0**64))
print((2**64 - 1) // (2**32), (2**64) % (2**32 + 1), -(2**63) // -1, (-2**63) % -3)
print(2**63 - 1 + 1 == 2**63, type(2**53 + 1).__name__, 2**53 + 1 - 2 == 2**53 - 1)
print(10**20 // 3, 10**20 % -3, -10**20 // 3, round(10**20 / 3))
t(lambda: 1 << 2**63)
t(lambda: 1 >> 2**63)
t(lambda: -1 >> 2**100)
t(lambda: 1 << -1)
t(lambda: 0 << 2**70)
t(lambda: float(2**1024))
t(lambda: 2**1024 / 1)
t(lambda: 2**1024 / 2**1023)
t(lambda: (2**1024 + 1) / (2**1023))
t(lambda: 1 / 2**1100)
