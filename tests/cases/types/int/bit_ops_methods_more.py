def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0, 1, 7, 8, -8, 255, 2**31, 2**63 - 1, -(2**63), 2**100]:
    print(v, v.bit_length(), v.bit_count(), abs(v).bit_length(), (v).as_integer_ratio())
t(lambda: (5).bit_count(1))
t(lambda: int.bit_length())
t(lambda: int.bit_length("a"))
t(lambda: (5).as_integer_ratio(1))
t(lambda: (5).conjugate(1))
print((5).__abs__(), (-5).__neg__(), (5).__invert__(), (5).__pos__(), (5).__bool__(), (0).__bool__(), (5).__float__(), (5).__int__(), (5).__index__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__pow__(2, 5), (7).__rpow__(2), (7).__floordiv__(0.5), (7).__truediv__(2))
t(lambda: (7).__floordiv__(0))
t(lambda: (7).__pow__(2, 0))
t(lambda: (7).__mod__(0))
