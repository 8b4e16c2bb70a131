def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {}
d[1] = d
print(d, repr(d), str(d))
d2 = {"x": [d]}
print(d2)
class D(dict):
    pass
x = D(a=1)
print(repr(x), str(x), x)
class R(dict):
    def __repr__(self):
        return "R(" + dict.__repr__(self) + ")"
print(R(a=R(b=1)), [R()], {1: R()})
class H(dict):
    def __hash__(self):
        return 5
print(hash(H()))
t(lambda: hash({}))
class Eq(dict):
    def __eq__(self, o):
        return True
print(Eq() == {1: 2}, {1: 2} == Eq(), Eq() != {})
print(type(D(a=1).copy()).__name__, type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0))
class KR:
    def __repr__(self):
        raise ValueError("bad repr")
t(lambda: repr({1: KR()}))
t(lambda: repr({KR(): 1}))
print(dict.__repr__(D(z=1)), dict.__len__({1: 2}))
print({1: "a", "b": 2.5, None: (1,), (1, 2): frozenset()})
print({"\n": "\t", "é": "\U0001F600", "'": '"'})
