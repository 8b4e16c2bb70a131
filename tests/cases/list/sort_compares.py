# The exact sequence of __lt__ calls list.sort makes (timsort's runs, minrun, merges, galloping),
# summarised per input as a count and a checksum of the (left, right) pairs.
class Rng:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x % n
log = []
class C:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(self.v * 1000003 + other.v)
        return self.v < other.v
rng = Rng(7)
for n in (40, 64, 65, 100, 200, 1000, 3000):
    for kind in range(4):
        if kind == 0: vals = [rng.randrange(1000) for _ in range(n)]
        elif kind == 1: vals = [rng.randrange(5) for _ in range(n)]
        elif kind == 2: vals = list(range(n)) + [rng.randrange(n) for _ in range(n // 10)]
        else: vals = [i % 17 for i in range(n)][::-1] + list(range(n // 2))
        log.clear()
        objs = [C(v) for v in vals]
        objs.sort()
        h = 0
        for x in log:
            h = (h * 31 + x) % 1000000007
        print(n, kind, len(log), h)
