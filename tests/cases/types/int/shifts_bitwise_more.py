def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [0, 1, -1, 5, -5, 2**63, -2**63, 2**64 + 3, -(2**64) - 3]
for a in vals:
    print(a, a >> 1, a >> 63, a >> 64, a >> 200, a << 3, a << 64, a & -a, a | 0xff, a ^ 0x5555, ~a, a & 2**64 - 1)
print(-1 & 0xFFFFFFFFFFFFFFFF, (-1) % 2**64, -5 >> 1, -5 // 2, 1 << 100 >> 99, (2**100 - 1).bit_count(), (-(2**100)).bit_length())
t(lambda: 1 << -5)
t(lambda: 1 >> -5)
t(lambda: 1 << 2**70)
t(lambda: 0 << 2**70)
t(lambda: -1 >> 2**70)
t(lambda: 5 >> 2**70)
t(lambda: 1 << 1.0)
t(lambda: 1.0 << 1)
t(lambda: 1 & 1.5)
t(lambda: ~1.5)
t(lambda: 5 | "a")
t(lambda: (5).__rlshift__(1))
t(lambda: (5).__rrshift__(100))
t(lambda: (5).__rand__(3))
t(lambda: (5).__lshift__(1.0))
