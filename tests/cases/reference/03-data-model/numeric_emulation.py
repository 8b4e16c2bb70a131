class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): print("radd"); return V(o + self.x)
    def __mul__(self, o): return NotImplemented
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __pow__(self, o, mod=None): return V(pow(self.x, o, mod))
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), abs(V(-4)), V(2) ** 3, pow(V(2), 3, 5))
print(sum([V(1), V(2)], V(0)))
try:
    V(1) * 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "a" - V(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
