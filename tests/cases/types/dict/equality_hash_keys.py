def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % self.v
d = {K(1): "a", K(2): "b"}
print(d[K(1)], K(2) in d, K(3) in d, d)
d[K(1)] = "c"
print(d, len(d))
print({1: "int", 1.0: "float", True: "bool"}, {0: 1, False: 2, 0.0: 3, -0.0: 4})
print({(1, 2): 1}[(1.0, 2.0)], {frozenset([1]): 1}[frozenset([1.0])], {"": 0}[""])
nan = float("nan")
d = {nan: 1}
print(d[nan], nan in d, float("nan") in d, len({float("nan"): 1, float("nan"): 2}))
class BadHash:
    def __hash__(self): raise ValueError("nohash")
t(lambda: {BadHash(): 1})
t(lambda: {}.get(BadHash()))
t(lambda: BadHash() in {})
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError("noeq")
d = {BadEq(): 1}
t(lambda: d[BadEq()])
t(lambda: {1: 2} == {1: BadEq()})
print({1: 2} == {1: 2.0}, {1: 2} != {2: 1}, {} == {}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)])
t(lambda: {1: 2} < {1: 2})
class HashRet:
    def __hash__(self): return 2**100
print(type(hash(HashRet())).__name__, hash(HashRet()) == hash(2**100))
class HashStr:
    def __hash__(self): return "x"
t(lambda: hash(HashStr()))
