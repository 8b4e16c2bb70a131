print(-5, +5, ~5, -(-5), --5, -+-5, ~~5, not not 5)
print(-0.0, +(-0.0), -True, ~True, +False)
print(-(1j), -(2**100))
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
print(-U(), +U(), ~U())
for e in ["-'a'", "+[]", "~1.0", "-None"]:
    try:
        eval(e)
    except TypeError as err:
        print(e, "->", type(err).__name__ + ":", err)
