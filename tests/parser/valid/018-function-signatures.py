def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def g(a, /): pass
def h(*, a, b=1): pass
def i(a: int, *args: *Ts, **kw: "str") -> list[int]: pass
def j(a=lambda: 0, b=(yield_ for yield_ in ())): pass
def k(*args, **kwargs,): pass
def l(a,): pass
lam = lambda a, b=1, /, c=2, *args, d, e=3, **kw: (a, b, c, args, d, e, kw)
lam2 = lambda *, k: k
lam3 = lambda: (yield)
lam4 = lambda a, /: a
