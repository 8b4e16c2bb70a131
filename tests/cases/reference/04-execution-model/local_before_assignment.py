x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
