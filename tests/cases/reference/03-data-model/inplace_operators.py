class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __add__(self, o): print("add fallback"); return self
    def __repr__(self): return f"Acc{self.v}"
a = Acc(); b = a
a += 1; a += 2
print(a, a is b)
class OnlyAdd:
    def __add__(self, o): return "new"
x = OnlyAdd(); x += 1
print(x)
class NoneI:
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return "mul used"
y = NoneI(); y *= 3
print(y)
t = (1,); t2 = t; t += (2,)
print(t, t2)
