# tuple: construction, indexing, slicing, methods, operators, hash, repr, iteration, subclasses.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
x = (1, 2, 3)
print(tuple(x) is x, x[:] is x, x[0:3] is x, x[1:], x[::-1], x[::2], x[-1], x[5:])
t(lambda: x[3])
t(lambda: x["a"])
t(lambda: x[1.0])
t(tuple, 1)
t(tuple, [1], [2])
t(tuple, x=1)
print(x + (4,), x * 2, 2 * x, x * 0, () * 3, x + ())
t(lambda: x + [4])
t(lambda: x * "a")
t(lambda: x * 2.0)
print(x.count(1), (1, 1.0, True).count(1), x.index(2), x.index(3, 1), x.index(3, -1))
t(x.index, 9)
t(x.index, 1, 1)
t(x.index)
t(x.count)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], () < (0,))
t(lambda: (1, "a") < (1, 2))
print(hash(()) == hash(tuple()), hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)) == hash((1.0, 2)), hash((0,)) == hash((False,)))
t(hash, (1, []))
print(1 in x, 9 in x, len(x), bool(()), bool((0,)))
it = iter(x)
print(type(it).__name__, it.__length_hint__(), next(it), list(it))
print(x.__getnewargs__(), tuple.__class_getitem__(int), tuple[int, str])
class T(tuple):
    pass
tt = T([1, 2])
print(tt, type(tt).__name__, type(tt[:]).__name__, type(tt + ()).__name__, tt == (1, 2), hash(tt) == hash((1, 2)))
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(P(1, 2), P(1, 2)[1])
nested = ((1,), [2], {3: 4}, "s", None, 1.5, -0.0)
print(nested)
r = ([],)
r[0].append(r)
print(r)
