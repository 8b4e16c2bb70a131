# 7.12 global, 7.13 nonlocal, and name resolution.
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    inner(); inner()
    return n, inner()
print(outer())
def make():
    values = []
    def add(v):
        values.append(v)
        return values
    return add
add = make()
add(1)
print(add(2))
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def late():
    return later_defined
later_defined = "found at call time"
print(late())
def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 1
free_unbound()
