def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e16, 1e15, 123456789012345680.0, 1e-5, 1e-4, 0.0001, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740993.0, 0.1 + 0.7, 1.1 * 3, 100.0, 1e100, 12345678901234567.0, -0.0, 4.35, 0.5e-6]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, f"{v}", f"{v!r}", "%r" % v, "%s" % v)
print(repr(float("1e308") * 10), repr(-float("inf")), repr(float("nan")), str(float("-nan")))
print(1e16 == 10**16, float(10**16), float(10**17 + 1), float(2**63), float(-2**63 - 1), float(10**308), 10**308 / 10**307)
t(lambda: float(10**309))
t(lambda: 10**400 / 1)
t(lambda: 10**400 / 10**399)
t(lambda: (10**400 + 1) // 10**399)
t(lambda: float.__new__(float, "1.5"))
t(lambda: float.__new__(int, 1))
