def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
pairs = [(1, 1.0), (1, True), (0, False), (2**53 + 1, 2.0**53), (2**64, float(2**64)), (-(2**63), -9.223372036854776e18), (10**400, float("inf")), (-(10**400), float("-inf")), (1, float("nan")), (1, 1 + 0j), (1, 1 + 1j), (0, -0.0)]
for a, b in pairs:
    print(a == b, a != b, a < b if not isinstance(b, complex) else "-", a > b if not isinstance(b, complex) else "-", b == a, hash(a) == hash(b) if a == b else "neq")
t(lambda: 1 < 1j)
t(lambda: 1 < "1")
t(lambda: 1 < None)
t(lambda: 1 == "1")
t(lambda: 1 == None)
print(max(1, 2.5, True), min(-1, -1.0), max(3, 3.0), min(3.0, 3), sorted([3, 1.5, True, 2**70, -0.5]))
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0 == True, (1 < 2) is True, 3 > 2.5 >= 2)
