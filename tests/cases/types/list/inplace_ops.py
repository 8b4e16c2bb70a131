def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1]
b = a
a += (2, 3)
print(a, b is a)
a += "xy"; print(a)
def f():
    global a
    a += 5
t(f)
a *= 2; print(a, b is a)
a *= 0; print(a)
def g():
    global a
    a *= "2"
t(g)
c = [1]
c = c + [2]
t(lambda: c + (3,))
t(lambda: c + None)
