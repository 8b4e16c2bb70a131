# list methods: every method, its argument errors and CPython's messages.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend((7,)); a.extend(range(8, 10)); a.extend("ab"); print(a)
a.extend(a); print(len(a), a[-3:])
b = [1, 2, 3]
b.insert(0, 0); b.insert(100, 9); b.insert(-1, 8); b.insert(-100, -1); print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
t(b.pop, 10)
t([].pop)
t(b.pop, "x")
t(b.pop, 1, 2)
c = [1, 2, 3, 2, 1]
c.remove(2); print(c)
t(c.remove, 42)
print(c.index(1), c.index(1, 1), c.index(3, -3, 10), c.index(1, -1))
t(c.index, 5)
t(c.index, 1, 1, 2)
t(c.index, 1, "a")
t(c.index)
print(c.count(1), c.count(9), [1, 1.0, True].count(1))
c.reverse(); print(c)
d = c.copy(); d.append(0); print(c, d)
d.clear(); print(d)
t(a.append)
t(a.append, 1, 2)
t(a.append, x=1)
t(a.insert, 1)
t(a.insert, "a", 1)
t(a.insert, 1, 2, x=3)
t(a.count)
t(a.reverse, 1)
t(a.clear, 1)
t(a.copy, 1)
t(a.extend, 5)
t(a.extend)
print(list.__class_getitem__(int), list[str])
e = [1, 2]
print(e.__getitem__(1), e.__getitem__(slice(0, 1)))
t(e.__getitem__)
print(list(reversed(e)), list(e.__reversed__()))
x = [1]
x += [2, 3]; x += (4,); x += "ab"; print(x)
x *= 2; print(x)
x *= 0; print(x)
y = [1, 2]
y *= -1; print(y)
