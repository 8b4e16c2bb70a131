import sys
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def a():
    x = [1, 2]
    return x[5]
def b():
    d = {"a": {"b": 1}}
    return d["a"]["c"]
def c():
    return len(5)
def d():
    return None.attr
show(a); show(b); show(c); show(d)
def deep(n):
    if n == 0:
        return 1 + "s"
    return deep(n - 1)
x = 1
y = 0
def calc():
    return (x +
            x) / y
try:
    calc()
except ZeroDivisionError:
    pass
result = {"k": [1, 2, 3]}
def g():
    return result["k"][1] + result["missing"]
g()
