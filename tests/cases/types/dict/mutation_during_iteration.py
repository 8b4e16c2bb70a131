def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {1: 1, 2: 2}
def f():
    for k in d:
        d[k + 10] = 0
t(f)
print(len(d))
e = {1: 1, 2: 2}
def g():
    for k in e:
        del e[k]
t(g)
h = {1: 1}
for k in h:
    h[k] = 5
print(h)
s = {1: 1, 2: 2}
def k():
    for v in s.values():
        s.pop(1)
t(k)
