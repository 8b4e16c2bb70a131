# 8.7 Annotations (PEP 649): evaluated lazily through __annotate__
def p(v):
    print("evaluated", v)
    return v
def f(a: p("a"), b: p("b") = 1, *args: p("args"), c: p("c"), **kw: p("kw")) -> p("ret"):
    pass
print("defined")
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def g(x: UndefinedName):
    return x
print("g defined")
try:
    g.__annotations__
except NameError as e:
    print("NameError:", e)
print(g(5))
def h():
    pass
print(h.__annotations__, h.__annotate__)
h.__annotations__ = {"x": int}
print(h.__annotations__)
def k(a: int):
    pass
print(callable(k.__annotate__), k.__annotate__(1))
try:
    k.__annotate__(2)
except NotImplementedError as e:
    print("NotImplementedError", e.args)
k.__annotations__ = None
print(k.__annotations__)
try:
    k.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
lam = lambda a: a
print(lam.__annotations__)
