# complex(): string forms, two arguments, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1+2j", "(1+2j)", " ( 1+2j ) ", "1 + 2j", "j", "-j", "+J", "2", "2.5j", "1e3-1e-3j", "inf+nanj", "-infj", "1_0+2_0j", "(1)", "()", "1+", "1+2", "j1", "1jj", "", "nanj", "(1+2j", "1+2j)", "1.5e+2+3j"]:
    t(lambda: complex(s))
t(lambda: complex(1, 2))
t(lambda: complex(1.5, -0.0))
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex(None))
t(lambda: complex())
t(lambda: complex(real=3))
t(lambda: complex(imag=3))
t(lambda: complex(b"1"))
t(lambda: complex(True, False))
class C:
    def __complex__(self):
        return 3j
class BadC:
    def __complex__(self):
        return 3
class Fl:
    def __float__(self):
        return 0.5
class Ix:
    def __index__(self):
        return 4
t(lambda: complex(C()))
t(lambda: complex(BadC()))
t(lambda: complex(Fl()))
t(lambda: complex(Ix()))
t(lambda: complex(Fl(), Ix()))
t(lambda: complex("1+2j").conjugate())
