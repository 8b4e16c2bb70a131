def g(a, b, /, c, *, d): pass
def h(a, b=1, *args, c, d=2, **kw): pass
def k(a, b=2): pass
def kk(*, a, b, c): pass
class C:
    def m(self, x): pass
nothing = None
cases = [
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, 3, a=1),
    lambda: g(1, 2, 3, e=1),
    lambda: h(),
    lambda: h(1),
    lambda: h(1, a=2, c=1),
    lambda: k(1, 2, 3),
    lambda: k(1, 2, b=2),
    lambda: kk(),
    lambda: kk(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: k(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(1, 2),
    lambda: k(1, x=2),
    lambda: g(1, 2, 3, 4, d=1),
    lambda: k(**{1: 2}),
    lambda: k(*1),
    lambda: k(**1),
    lambda: k(1, **{"a": 1}),
    lambda: nothing(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
