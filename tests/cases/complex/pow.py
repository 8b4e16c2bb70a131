# complex powers: integer exponents by repeated multiplication, others by _Py_c_pow; overflow and zero errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1e200+1e200j) ** 2.5)
t(lambda: (1e200+1e200j) ** 2)
t(lambda: (1e200+1e200j) ** 200)
t(lambda: (1e200+1e200j) ** (2+1j))
t(lambda: complex(float('inf'), 0) ** 2)
t(lambda: complex(float('inf'), 0) ** 2.5)
t(lambda: complex(float('nan'), 0) ** 2)
t(lambda: 0j ** (-1+0j))
t(lambda: 0j ** 2j)
t(lambda: 0j ** 1.5)
t(lambda: (1+1j) ** 101)
t(lambda: (1+1j) ** -101)
t(lambda: 2 ** (1+1j))
t(lambda: (-1) ** 0.5)
t(lambda: (-8.0) ** (1/3))
