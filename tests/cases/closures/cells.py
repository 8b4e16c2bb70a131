def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
def arg_cell(a):
    def get():
        return a
    a = a * 2
    return get
print(arg_cell(5)())
print(counter().__closure__[0].cell_contents if hasattr(counter().__closure__[0], "cell_contents") else "cell")
def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
unbound()
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
class K:
    y = 5
    vals = [y for _ in range(2)] if False else None
    def m(self):
        return __class__.__name__
print(K().m())
