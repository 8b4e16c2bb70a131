g = {'a': 1}
exec("b = a + 1", g)
print(g['b'])
l = {}
exec("c = a * 10", g, l)
print(l, 'c' in g)
print(eval("a + b", g), eval("x * 2", {}, {'x': 21}))
def f():
    y = 5
    return eval("y + 1")
print(f())
try:
    eval("undefined_thing", {})
except NameError as e:
    print(type(e).__name__ + ":", e)
exec("def h(): return z", g)
g['z'] = 'zed'
print(g['h']())
