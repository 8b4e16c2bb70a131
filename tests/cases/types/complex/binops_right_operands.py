def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ops = ["__add__", "__sub__", "__mul__", "__truediv__", "__pow__", "__radd__", "__rsub__", "__rtruediv__", "__eq__", "__ne__", "__lt__", "__floordiv__", "__mod__"]
for other in [2, True, 0.5, 2**70, 1j, "s", None]:
    row = []
    for op in ops:
        try:
            r = getattr(1 + 2j, op)(other)
            row.append("NI" if r is NotImplemented else repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(other), row)
t(lambda: (1 + 2j) / 0)
t(lambda: (1 + 2j) / 0j)
t(lambda: 0j ** -1)
t(lambda: 0j ** 0)
t(lambda: 0j ** 1j)
t(lambda: (1 + 2j) ** 2)
t(lambda: (1 + 2j) ** -2)
t(lambda: (1 + 2j) ** 0.5)
t(lambda: 2 ** (1 + 1j))
t(lambda: (1 + 2j) < (2 + 3j))
t(lambda: divmod(1j, 1))
t(lambda: (1 + 2j) // 1)
t(lambda: (1 + 2j) % 1)
t(lambda: pow(1j, 2, 3))
t(lambda: 1j == 1j + 0)
t(lambda: (1 + 0j) == 1)
t(lambda: (1 + 0j) == 1.0)
t(lambda: (1 + 1j) != 1)
t(lambda: 1e300j * 1e300j)
t(lambda: (2**1100) * 1j)
t(lambda: complex(2**1100))
t(lambda: abs(3 + 4j))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: -(0j))
t(lambda: (-0.0 - 0j).real)
t(lambda: complex(-0.0, -0.0).conjugate())
class C(complex): pass
print(type(C(1j) + 1).__name__, type(-C(1j)).__name__, type(C(1j).conjugate()).__name__, repr(C(1, 2)))
