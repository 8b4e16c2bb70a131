# complex: construction, repr, arithmetic (CPython's algorithms), comparisons, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

inf = float("inf")
nan = float("nan")
for s in ["1+2j", "(1+2j)", " ( -1.5-2.5J ) ", "j", "-j", "+j", "3", "1e3j", "infj", "nan+nanj",
          "1+j", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1_0+2_0j", "", "-0-0j", "inf-infj", "1e-3-1e3j"]:
    t(lambda: complex(s))
for a, b in [(1, 2), (1.5, -0.0), (-0.0, 0), ("1", 2), (1, "2"), ([1], None)]:
    t(lambda: complex(a, b) if b is not None else complex(a))
t(lambda: complex())
t(lambda: complex(real=1, imag=2))
t(lambda: complex(True))
class C:
    def __complex__(self):
        return 1 + 1j
class BadC:
    def __complex__(self):
        return 1
class F:
    def __float__(self):
        return 2.5
t(lambda: complex(C()))
t(lambda: complex(BadC()))
t(lambda: complex(F(), F()))
vals = [1 + 2j, -0.5j, 0j, complex(-0.0, 3), 2 + 0j, 3, -2, 1.5, -0.0, complex(inf, 1)]
for a in vals:
    for b in vals:
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        print(a == b, a != b)
t(lambda: (1 + 2j) ** 2)
t(lambda: (1 + 2j) ** -1)
t(lambda: (1 + 2j) ** 0)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: 1j ** 4)
t(lambda: (2 + 0j) ** 10)
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: pow(1j, 2, 3))
t(lambda: (1 + 2j) < (1 + 2j))
t(lambda: (1 + 2j) // 2)
t(lambda: (1 + 2j) % 2)
t(lambda: int(1 + 2j))
t(lambda: float(1 + 2j))
t(lambda: round(1 + 2j))
print(abs(3 + 4j), abs(complex(inf, nan)), abs(-0.0j), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag)
t(lambda: abs(complex(1e308, 1e308)))
print(repr(complex(nan, inf)), repr(complex(-0.0, -1)), repr(complex(0.0, -0.0)), repr(complex(1e16, 1e-5)))
print(1 + 2j == complex(1, 2), 2 + 0j == 2, 2 + 0j == 2.0, 1j == 1, hash(2 + 0j) == hash(2), hash(0j) == 0)
print(bool(0j), bool(-0.0j), bool(1e-300j))
