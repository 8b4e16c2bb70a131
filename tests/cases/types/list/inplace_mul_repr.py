def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1, 2]
m = l
l *= 3
print(l, m is l)
l *= 0
print(l, m is l)
l = [1]
l *= -5
print(l)
t(lambda: [1] * 2**70)
l = [[]] * 3
l[0].append(1)
print(l)
l = [1]
l += "ab"
print(l)
l += range(2)
print(l)
t(lambda: [1].__iadd__(5))
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: (1,) + [2])
l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"l": l}
l.append(d)
print(l)
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)
x = L([1, L([2])])
print(x, [x], str(x))
class M(list): pass
print(repr(M([1, 2])), type(M([1]) + M([2])).__name__, type(M([1]) * 2).__name__, type(M([1, 2])[:1]).__name__, type(M([1]).copy()).__name__)
m = M([1])
m *= 2
print(type(m).__name__, m)
print(list.__repr__([1, "a"]), list.__len__([1, 2]))
print([] == [], [1] != [1.0], [1, 2] < [1, 3], [1] < [1, 0], [[1]] == [[1.0]])
t(lambda: [1] < [None])
t(lambda: [None] < [None])
