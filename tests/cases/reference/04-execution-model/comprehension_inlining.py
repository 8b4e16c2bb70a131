# PEP 709: comprehensions are inlined but keep their own scope for the iteration variable
x = "outer"
r = [x for x in range(3)]
print(x, r)
def f():
    y = "keep"
    out = [y for y in "ab"]
    return y, out
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [h() for h in items]
print(g())
def h():
    n = 10
    return [n + j for j in range(2)], {k: n for k in "a"}, {n * 2 for _ in "x"}
print(h())
def shadow():
    try:
        return [z for z in range(2)], z
    except NameError as e:
        return "NameError: " + str(e)
print(shadow())
def walrus():
    [last := v for v in range(4)]
    return last
print(walrus())
def nested():
    return [[a * b for b in range(3)] for a in range(3)]
print(nested())
def uses_locals():
    q = 1
    return sorted(k for k in [list(locals()) for _ in range(1)][0])
print(uses_locals())
def gen_not_inlined():
    g = (w for w in range(3))
    return type(g).__name__, list(g)
print(gen_not_inlined())
def unbound_in_comp():
    try:
        return [u for _ in range(1)]
    except NameError as e:
        return "NameError: " + str(e)
    u = 1
print(unbound_in_comp())
def cell_var():
    fs = [lambda: c for c in range(2)]
    c = "after"
    return [f() for f in fs], c
print(cell_var())
