def f(a, b=[]):
    b.append(a); return b
print(f(1), f(2), f(3, []))
print(f.__defaults__)
def g(x=None):
    if x is None: x = []
    return x
print(g() is g())
n = 5
def h(v=n): return v
n = 6
print(h())
def k(a, b=2, *, c, d=4): pass
print(k.__defaults__, k.__kwdefaults__)
for src in ["def f(a=1, b): pass", "def f(a, a): pass", "def f(*, **k): pass", "def f(**k, a): pass", "def f(*a, *b): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
