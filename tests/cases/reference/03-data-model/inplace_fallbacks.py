# 3.3.8 In-place operators fall back to the binary and reflected forms
class I:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented
    def __add__(self, o):
        print("add")
        return I(self.v + o)
    def __imul__(self, o):
        print("imul")
        self.v *= o
        return self
    def __isub__(self, o):
        print("isub returns other")
        return "replaced"
x = I(1)
y = x
x += 5
print(x.v, x is y)
x *= 3
print(x.v)
x -= 1
print(x)
class OnlyR:
    def __radd__(self, o):
        return "radd"
z = 5
z += OnlyR()
print(z)
l = [1]
m = l
l += (2, 3)
print(l, m is l)
try:
    l = l + (4,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "a"
s += "b"
print(s)
class NoOps:
    pass
n = NoOps()
for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    try:
        exec(f"n {op} 1", {"n": n})
    except TypeError as e:
        print("TypeError:", e)
