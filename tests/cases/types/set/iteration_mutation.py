def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1, 2, 3}
def f():
    for x in s:
        s.add(x + 10)
t(f)
u = {1, 2}
def g():
    for x in u:
        u.discard(x)
t(g)
print(len(u))
v = {1, 2}
for x in list(v):
    v.discard(x)
print(v)
