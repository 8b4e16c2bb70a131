def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, [2], 3]
b = a.copy()
b[1].append(9); b.append(4)
print(a, b, a[1] is b[1])
a.reverse(); print(a)
c = a[:]; c.clear(); print(a, c)
t(lambda: a.copy(1))
t(lambda: a.reverse(1))
t(lambda: list(1))
t(lambda: list("ab", "c"))
t(lambda: list(x=1))
print(list({1: 2}), list(range(3)), list())
class L(list):
    pass
print(type(L([1]) + [2]).__name__, type(L([1])[:]).__name__, type(L([1]).copy()).__name__)
