def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def length_hint(o, default=0):
    try:
        return len(o)
    except TypeError:
        pass
    h = type(o).__length_hint__(o) if hasattr(type(o), "__length_hint__") else NotImplemented
    if h is NotImplemented:
        return default
    if h < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return h
it = iter([1, 2, 3])
print(length_hint(it))
next(it)
print(length_hint(it), list(it), list(it), length_hint(it))
r = reversed([1, 2])
print(length_hint(r))
print(length_hint(iter(range(5))), length_hint(iter("abc")), length_hint(iter({1: 2})))
class H:
    def __length_hint__(self):
        return -1
t(lambda: length_hint(H()))
class H2:
    def __length_hint__(self):
        return NotImplemented
t(lambda: length_hint(H2(), 7))
e = enumerate([])
t(lambda: next(e))
l = [1]
li = iter(l)
l.append(2)
print(list(li))
