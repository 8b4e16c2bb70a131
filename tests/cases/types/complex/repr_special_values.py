def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, float("inf")), complex(float("nan"), 1), complex(float("-inf"), float("nan")), complex(1e16, 1e-16), complex(1e300, -1e300), complex(1.5, 2), complex(0, 1e22), complex(123456789, 0.1)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, format(v, ""), f"{v}", "%s" % (v,))
print(repr(1j), repr(-1j), repr(1 - 1j), repr(-(1j)), repr(0j), repr(-0j), repr(1 + 0j), repr(-1 - 0j))
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), hash(1.5 + 0j) == hash(1.5), hash(complex(1, 2)) == hash(complex(1, 2)))
print(complex(1, 2) == complex(1.0, 2.0), complex(float("nan"), 0) == complex(float("nan"), 0), complex(1, 0) == 1, complex(1, 0) == True)
t(lambda: complex(1, 2).__round__())
t(lambda: round(1j))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: complex(1, 2).real.__class__.__name__)
t(lambda: setattr(1j, "real", 1))
