# 4.2.2 Free variables are shared cells: late binding, rebinding through nonlocal, __closure__
def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
print(get())
set_(5)
print(get())
print(get.__code__.co_freevars, type(get.__closure__[0]).__name__, get.__closure__[0].cell_contents)
print(set_.__closure__[0] is get.__closure__[0])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def no_closure():
    return 1
print(no_closure.__closure__)
def outer():
    a = 1
    def middle():
        def inner():
            return a
        return inner
    return middle()()
print(outer())
def loop_cells():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_cells())
def empty_cell():
    def inner():
        return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 2
    return c.cell_contents
print(empty_cell())
def param_cell(p):
    def inner():
        return p
    p = p * 2
    return inner()
print(param_cell(21))
