a = 1; b = [1, 2, 3, 4]; d = {'x': 1, 'y': 2}
del a
print('a' in dir())
del b[0], b[-1]; print(b)
del d['x']; print(d)
class O: pass
o = O(); o.z = 1; del o.z; print(hasattr(o, 'z'))
x, y = 1, 2
del (x, y)
print('x' in dir(), 'y' in dir())
p, q = [1], [2]
del [p, q]
for src in ["del b[5]", "del d['nope']", "del nope", "del o.nope"]:
    try:
        exec(src)
    except (IndexError, KeyError, NameError, AttributeError) as e:
        print(src, "->", type(e).__name__ + ":", e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__ + ":", e)
