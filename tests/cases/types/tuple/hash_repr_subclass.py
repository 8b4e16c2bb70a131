def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(tuple()), hash((1,)) != hash((2,)))
print(hash((1.5, True, None)) == hash((1.5, True, None)))
t(lambda: hash((1, [2])))
t(lambda: hash((1, {})))
class T(tuple):
    def __repr__(self):
        return "T" + tuple.__repr__(self)
x = T((1, 2))
print(x, [x], (x,), str(x), x[0], x + (3,), type(x + (3,)).__name__, x == (1, 2), hash(x) == hash((1, 2)))
class NT(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
n = NT(5, 6)
print(n, n.first, type(n).__name__, len(n), n.__getnewargs__(), tuple(n))
class H(tuple):
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return True
print(hash(H()), H() == (1,), (1,) == H(), {H(): 1}[H((5,))])
print(repr(((),)), repr((((1,),),)), repr(tuple("ab")), repr(tuple(range(3))), ((1, 2), (3,)) < ((1, 2), (4,)))
r = []
tt = (r,)
r.append(tt)
print(tt, r)
