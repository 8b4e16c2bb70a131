from _collections import deque, defaultdict, _count_elements

d = deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
d.append(5)
print(d, len(d), d.maxlen, d[0], d[-1], 3 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d, d.count("a"), d.index("a"))
d.remove("a")
d.reverse()
print(d, list(reversed(d)), d.copy(), d == deque(d), d < deque([9]))
e = deque(range(10))
del e[3]
e[0] = "zero"
e.insert(2, "ins")
print(e, e * 2 if len(e) < 3 else len(e * 2), deque("ab") + deque("cd"))
e.clear()
print(e, bool(e), repr(deque()), deque([[1]]))
r = deque([1])
r.append(r)
print(r)
it = iter(deque([1, 2]))
dd = deque([1, 2])
it = iter(dd)
dd.append(3)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError:", ex)
for t in [lambda: deque().pop(), lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2),
          lambda: deque([1]).index(9), lambda: deque([1]).remove(9), lambda: deque() + [], lambda: hash(deque()),
          lambda: deque([1])["a"]]:
    try:
        print(repr(t()))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, isinstance(dd, dict), dd.copy(), defaultdict(None, {1: 2}))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(int)))
try:
    defaultdict()["x"]
except KeyError as ex:
    print("KeyError:", ex)
try:
    defaultdict(1)
except TypeError as ex:
    print("TypeError:", ex)
c = {}
_count_elements(c, "abracadabra")
print(c)
