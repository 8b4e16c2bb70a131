x = y = z = 5
print(x, y, z)
a = [0, 0, 0]
i = 0
i, a[i] = 1, 2
print(i, a)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
class O: pass
o = O()
o.attr = 1
o.attr += 10
print(o.attr)
del o.attr
print(hasattr(o, "attr"))
g = 1
def setg():
    global g
    g = 2
setg()
print(g)
del g
try:
    print(g)
except NameError as e:
    print(e)
n: int = 5
print(n)
