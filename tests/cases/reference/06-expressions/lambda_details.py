# 6.14 Lambdas: defaults, closures, annotations impossible, names and attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = lambda x, /, y=2, *a, z, w=4, **k: (x, y, a, z, w, k)
print(f(1, z=3), f(1, 2, 3, z=0, q=9))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def outer():
    return lambda: outer
print(outer()().__name__, outer().__qualname__)
fs = [lambda i=i: i for i in range(3)]
print([g() for g in fs])
print((lambda: (yield 1))().__class__.__name__)
print((lambda *, k: k)(k=5), (lambda: None)(), (lambda x: lambda y: x + y)(1)(2))
t(lambda: (lambda x: x)())
t(lambda: (lambda: 0)(1))
t(lambda: (lambda *, k: k)(1))
for src in ["lambda x: (y := x)", "lambda: yield", "lambda x=1, y: 0", "lambda x, x: 0", "lambda (x): 0", "lambda x: return x", "lambda *: 0", "lambda x: x = 1", "lambda: (yield)"]:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
print((lambda: 1).__doc__, (lambda: "doc").__doc__)
