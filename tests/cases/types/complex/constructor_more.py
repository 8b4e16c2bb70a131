def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for args in [(), (1,), (1, 2), (1.5, -2.5), ("1+2j",), ("  (1-2j)  ",), ("j",), ("-j",), ("1e3j",), ("1_0+2_0j",), ("inf+nanj",), ("(1+2j",), ("1+2j)",), ("1 + 2j",), ("",), ("1+2",), ("1j+2",), ("--1",), ("1", 2), (1, "2"), (None,), ([1],), (float("inf"), float("-inf"))]:
    try:
        print(args, repr(complex(*args)))
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(x=1))
class C:
    def __complex__(self): return 1 + 1j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class Bad:
    def __complex__(self): return 1
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
t(lambda: complex(Bad()))
class Sub(complex): pass
print(type(Sub(1, 2)).__name__, repr(Sub(1, 2)), complex(Sub(3, 4)), type(complex(Sub(3, 4))).__name__)
print(complex.from_number(5), complex.from_number(2.5), complex.from_number(1j))
t(lambda: complex.from_number("1"))
