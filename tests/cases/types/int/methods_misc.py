def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0, 1, -1, 255, -256, 2**63 - 1, 2**63, -2**63, 2**64 - 1, 2**64, 2**100 + 1, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
for v, nd in [(1234, -1), (1235, -1), (1245, -1), (15, -1), (25, -1), (-25, -1), (-35, -1), (1234, -2), (1234, -5), (1234, 0), (1234, 5), (5, -1), (2**70 + 5, -1), (-(2**70) - 5, -1), (1234, -30)]:
    print(v, nd, round(v, nd), type(round(v, nd)).__name__)
t(lambda: round(5, 1.5))
t(lambda: round(5, None))
t(lambda: (5).__round__())
t(lambda: (5).__round__("a"))
t(lambda: (5).__trunc__())
t(lambda: (5).__floor__())
t(lambda: (5).__ceil__())
t(lambda: (-5).__abs__())
t(lambda: (5).__index__())
t(lambda: (5).__sizeof__() > 0)
t(lambda: (5).__getnewargs__())
t(lambda: (5).bit_length(1))
t(lambda: (5).is_integer(1))
class I(int): pass
for m in ["__round__", "__trunc__", "__floor__", "__ceil__", "__pos__", "__neg__", "__abs__", "__index__", "__int__", "conjugate"]:
    r = getattr(I(5), m)()
    print(m, type(r).__name__, r)
print(type(I(5).numerator).__name__, type(I(5).real).__name__, type(I(5).as_integer_ratio()[0]).__name__)
print(type(True.numerator).__name__, type(True.real).__name__, True.as_integer_ratio())
