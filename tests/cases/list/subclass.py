# list subclasses: construction, methods return exact lists, repr, __init__, operators.
class L(list):
    pass

class M(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "x"

l = L([1, 2, 3])
print(l, type(l).__name__, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__, type(l.copy()).__name__)
m = M("ab")
print(m, m.extra, len(m), m == ["a", "b"], isinstance(m, list))
l += [4]
print(l, type(l).__name__)
l.__init__([9])
print(l)
class R(list):
    def __repr__(self):
        return "R" + super().__repr__()
print(R([1, [2]]), [R([1])])
class G(list):
    def __getitem__(self, i):
        return "g"
g = G([1, 2])
print(g[0], list(g), [x for x in g])
print(list.__len__([1, 2]), list.__contains__([1, 2], 2), list.__add__([1], [2]))
