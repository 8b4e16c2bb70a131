# Module types subclassed in Python, and Python callbacks (__lt__, __eq__, __hash__, key
# functions, default factories) called from the TypeScript modules.
import itertools
from _collections import deque, defaultdict
from _heapq import heapify, heappop, heappush
from _bisect import insort_right
from _operator import itemgetter, attrgetter


class D(deque):
    def __init__(self, *args, tag="t", **kw):
        super().__init__(*args, **kw)
        self.tag = tag


d = D([1, 2, 3], maxlen=4, tag="x")
d.append(4)
d.append(5)
print(d, d.tag, type(d.copy()).__name__, d.copy(), isinstance(d, deque), D.__mro__[1].__name__)


class DD(defaultdict):
    def __missing__(self, key):
        return f"missing {key}"


dd = DD(list)
print(dd["k"], dict(dd), repr(DD(int, a=1)))


class Counter(defaultdict):
    pass


c = Counter(int)
for w in "the cat the hat the end".split():
    c[w] += 1
print(sorted(c.items(), key=itemgetter(1, 0)), c.default_factory)


class Task:
    order = []

    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        Task.order.append((self.name, other.name))
        return self.pri < other.pri

    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"


tasks = [Task(p, n) for p, n in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]]
heapify(tasks)
heappush(tasks, Task(0, "z"))
print([heappop(tasks).name for _ in range(6)], len(Task.order))
items = []
for t in [Task(3, "x"), Task(1, "y"), Task(2, "w")]:
    insort_right(items, t, key=attrgetter("pri"))
print(items)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k % 3 == other.k % 3

    def __hash__(self):
        return 0


print([(g.k, len(list(v))) for g, v in itertools.groupby([Key(1), Key(4), Key(2), Key(5), Key(8)])])
print(deque([Key(1)]).count(Key(7)), Key(4) in deque([Key(1)]), deque([Key(1), Key(2)]).index(Key(5)))


class MyChain(itertools.chain):
    def __repr__(self):
        return "MyChain!"


print(MyChain("ab", "c"), list(MyChain("ab", "c")), list(MyChain.from_iterable(["xy"])), type(MyChain.from_iterable([])).__name__)
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=9)))
print(list(itertools.starmap(lambda *a: sum(a), [(1, 2), (3, 4, 5)])), list(itertools.filterfalse(lambda x: x % 2, range(7))))
