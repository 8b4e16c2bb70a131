fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    fns = []
    for i in range(3):
        def f(): return i
        fns.append(f)
    i = 100
    return fns
print([f() for f in make()])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter(); inc(); inc()
print(inc(), inc.__closure__[0].cell_contents)
