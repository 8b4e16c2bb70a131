# Sets and dicts of objects with colliding small hashes: the order of __eq__ calls and the
# iteration order follow setobject.c's probing and dict insertion order (small hashes: the same
# on 32- and 64-bit builds).
log = []
class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append((self.v, other.v))
        return self.v == other.v
    def __repr__(self):
        return f"K{self.v}"
ks = [K(i, (i * 5) % 7) for i in range(20)]
s = set()
for k in ks:
    s.add(k)
print(list(s), len(log))
print(log[:30])
log.clear()
print(K(3, 1) in s, K(3, 15 % 7) in s, K(99, 0) in s, log)
log.clear()
s.discard(K(4, 20 % 7))
s.discard(K(5, 25 % 7))
s.add(K(50, 6))
print(list(s), log)
log.clear()
t = {K(i, i % 3) for i in range(0, 30, 2)}
print(list(t))
print(list(s & t), list(s | t), list(s - t), list(s ^ t), len(log))
log.clear()
f = frozenset(ks[:8])
print(list(f), f == frozenset(ks[:8][::-1]), len(log))
d = {}
for k in ks[:10]:
    d[k] = k.v
log.clear()
print(list(d), d[K(7, 35 % 7)], log)
big = set(range(0, 200, 3)) | set(range(1000, 1100, 7))
big -= set(range(0, 100, 2))
print(list(big))
