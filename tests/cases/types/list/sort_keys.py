def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [3, 1, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
w = ["bb", "a", "ccc", "dd"]
w.sort(key=len); print(w)
w.sort(key=len, reverse=True); print(w)
t(lambda: [1, "a"].sort())
t(lambda: a.sort(len))
t(lambda: a.sort(key=1))
t(lambda: sorted([3, 1], key=None))
b = [(1, "b"), (0, "z"), (1, "a")]
b.sort(key=lambda p: p[0]); print(b)
def bad(x):
    raise ValueError("boom")
t(lambda: [2, 1].sort(key=bad))
c = [5, 4]
def mut(x):
    c.append(1)
    return x
t(lambda: c.sort(key=mut))
print(c)
