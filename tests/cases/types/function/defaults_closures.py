def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(x=[]):
    x.append(1)
    return x
print(f(), f(), f([0]))
def mk():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [g() for g in fs]
print(mk())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def unbound():
    print(y)
    y = 1
t(unbound)
def freevar():
    def inner():
        return z
    t(inner)
    z = 5
    return inner()
print(freevar())
