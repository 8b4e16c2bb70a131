def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1, 2.0, True, "a", None, 1]
print(l.count(1), l.count(True), l.count(2), l.count(None), l.count("b"), l.index(True), l.index(2))
l.reverse()
print(l)
m = list(range(10))
print(m[::-1] == list(reversed(m)), m[-3:], m[:-3], m[5:2:-1], m[-1:-4:-1], m[100:], m[-100:2])
r = reversed(m)
print(next(r), r.__length_hint__(), list(r)[:3])
m.append(99)
r2 = reversed(m)
m.clear()
print(list(r2))
m = [1, 2, 3]
r3 = reversed(m)
next(r3)
m.pop()
t(lambda: list(r3))
print(list(reversed([])), list(reversed([1])), [].copy(), [[1]].copy()[0] is [[1]].copy()[0] or "shallow")
x = [[1]]
y = x.copy()
print(y[0] is x[0], y is x, x * 2, x * 2 == [[1], [1]])
