def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for n in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1]:
    print(n, n.bit_length(), n.bit_count())
t(lambda: (10).is_integer())
t(lambda: (7).as_integer_ratio())
t(lambda: (-7).conjugate())
t(lambda: (5).numerator, )
t(lambda: ((5).denominator, (5).real, (5).imag))
t(lambda: (5).bit_length(1))
