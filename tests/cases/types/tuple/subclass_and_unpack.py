def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"P{tuple.__repr__(self)}"
p = P(1, 2)
print(p, p[0], len(p), type(p + (3,)).__name__, type(p[:]).__name__, isinstance(p, tuple))
a, b = p
print(a, b)
def f():
    x, y = (1, 2, 3)
t(f)
def g():
    x, y, z = (1, 2)
t(g)
def h():
    x, *y = ()
t(h)
first, *rest = (1, 2, 3); print(first, rest)
*init, last = "ab"; print(init, last)
