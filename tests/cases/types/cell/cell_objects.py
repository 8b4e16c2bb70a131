def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def mk(v):
    def f():
        return v
    return f.__closure__[0]
c = mk(5)
print(type(c).__name__, c.cell_contents, repr(c).startswith("<cell at "))
c.cell_contents = 9
print(c.cell_contents)
del c.cell_contents
t(lambda: c.cell_contents)
print(repr(c).endswith(": empty>"))
CellType = type(c)
n = CellType()
t(lambda: n.cell_contents)
n2 = CellType(3)
print(n2.cell_contents)
t(lambda: CellType(1, 2))
t(lambda: CellType(x=1))
print(mk(1) == mk(1), mk(1) < mk(2), mk(2) >= mk(1), mk(1) != mk(2))
t(lambda: hash(mk(1)))
e = CellType()
print(e == CellType(), e < mk(1))
t(lambda: mk(1) < mk("a"))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter()
inc(); inc()
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def late():
    def f():
        return x
    t(f)
    x = 1
    return f
late()
