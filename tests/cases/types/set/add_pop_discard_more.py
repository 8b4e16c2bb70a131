def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = set()
s.add(1)
s.add(1.0)
s.add(True)
print(s, len(s))
s.add((1, 2))
print(len(s), (1, 2) in s, (1.0, 2.0) in s)
print(s.pop(), len(s))
s.clear()
t(lambda: s.pop())
t(lambda: s.remove(1))
print(s.discard(1), s)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H%d" % self.v
hs = {H(1), H(2), H(1)}
print(len(hs), H(1) in hs, H(3) in hs)
hs.remove(H(1))
print(hs)
t(lambda: hs.remove(H(5)))
t(lambda: set.add({1}, []))
t(lambda: set.add(frozenset(), 1))
t(lambda: {1}.add(1, 2))
t(lambda: set().discard())
s2 = {1, 2, 3}
c = s2.copy()
c.add(4)
print(s2, c, s2 <= c, c >= s2, s2 < c, s2.issubset(c), c.issuperset(s2), s2.isdisjoint({9}))
