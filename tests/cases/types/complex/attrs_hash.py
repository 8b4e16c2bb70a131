def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
z = 3 - 4j
t(lambda: (z.real, z.imag, type(z.real).__name__))
t(lambda: setattr(z, "real", 1))
t(lambda: hash(1 + 0j) == hash(1))
t(lambda: hash(complex(1.5, 0)) == hash(1.5))
t(lambda: int(z))
t(lambda: float(z))
t(lambda: round(z))
t(lambda: (bool(0j), bool(1j)))
t(lambda: complex.__complex__(z))
t(lambda: z == (3, -4))
t(lambda: (1j) ** 2)
t(lambda: 1e308j * 10)
