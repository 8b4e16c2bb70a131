# 3.3.8 Emulating numeric types: binary, reflected and in-place operators, NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iadd__(self, o):
        self.x += o
        self.y += o
        return self
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __lt__(self, o):
        return abs(self) < abs(o)
print(V(1, 2) + V(3, 4), V(1, 2) + 1, 1 + V(1, 2), V(1, 2) * 3, 2 * V(1, 2), -V(1, 2), abs(V(3, 4)))
v = V(0, 0)
alias = v
v += 5
print(v, alias is v, V(1, 2) == V(1, 2), V(1, 2) != V(2, 1), V(1, 2) @ V(3, 4), len({V(1, 2), V(1, 2)}))
print(sorted([V(3, 4), V(1, 0), V(0, 2)]), V(5, 5) > V(1, 1), max(V(1, 1), V(2, 2)))
for expr in ["V(1, 2) + 'a'", "'a' + V(1, 2)", "V(1, 2) * V(1, 2)", "V(1, 2) - V(1, 1)", "V(1, 2) < 3"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
class R:
    def __radd__(self, o):
        return "R.__radd__"
class L(int):
    def __add__(self, o):
        return "L.__add__"
    def __radd__(self, o):
        return "L.__radd__ (subclass first)"
print(1 + R(), 1 + L(2), L(2) + 1)
