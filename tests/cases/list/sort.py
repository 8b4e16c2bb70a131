# list.sort and sorted: stability, key, reverse, mixed types, errors, mutation during sort.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class Rng:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x % n
    def random(self):
        return self.randrange(1 << 30) / (1 << 30)

rng = Rng(5)
data = [rng.randrange(100) for _ in range(200)]
s = sorted(data)
print(s[:20], s[-5:])
print(sorted(data, reverse=True)[:10])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
pairs = [(rng.randrange(5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -7, 0.0, True]))
print(sorted([10**20, -10**30, 5, 2**63, -1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(["é", "e", "z", "\U0001F600", "\uffff", "a"]))
t(sorted, [1, "a"])
t(sorted, [1, None])
t([3, 1].sort, 1)
t([3, 1].sort, key=1)
t([3, 1].sort, foo=1)
t([1].sort, key=1)
t(sorted, [2, 1], key=lambda x: 1 / 0)
a = [3, 2, 1]
def bad(x):
    a.append(x)
    return x
t(a.sort, key=bad)
print(a)
b = [3, 2, 1]
def peek(x):
    print("during:", len(b), b)
    return x
b.sort(key=peek)
print(b)
calls = []
def k(x):
    calls.append(x)
    return -x
c = [5, 3, 9, 1]
c.sort(key=k)
print(c, calls)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"C({self.v})"
log = []
objs = [C(v) for v in [4, 2, 7, 1, 3]]
objs.sort()
print(objs, log)
class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 20:
            raise RuntimeError("boom")
        return self.v < other.v
items = [Boom(v) for v in range(30, 0, -3)] + [Boom(v) for v in range(30)]
try:
    items.sort()
except RuntimeError as e:
    print("raised", e, len(items), sorted(x.v for x in items) == sorted([*range(30, 0, -3), *range(30)]))
big = [rng.random() for _ in range(3000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[0] == min(big))
runs = list(range(100)) + list(range(50)) + list(range(100, 0, -1))
print(sorted(runs)[:5], sorted(runs)[-5:])
z = [[2], [1], [3]]
z.sort(reverse=True)
print(z)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2)))

# an error from the key function or a comparison wins over 'list modified during sort'
a = [3, 2, 1]
def k(x):
    a.append(x)
    if x == 1:
        raise KeyError("boom")
    return x
try:
    a.sort(key=k)
except Exception as e:
    print(type(e).__name__, e, a)
b = [3, 2, 1]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        b.append(0)
        raise ValueError("cmp")
b = [C(1), C(2)]
try:
    b.sort()
except Exception as e:
    print(type(e).__name__, e, len(b))
