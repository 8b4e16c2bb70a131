# Pure-Python stdlib modules from the zip: collections, functools, operator, copy, weakref, abc.
import collections, functools, operator, copy, weakref, abc
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple, ChainMap

P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P.__doc__)
c = Counter("abracadabra")
print(c.most_common(2), sorted(c.elements())[:4], c["z"])
od = OrderedDict(a=1, b=2); od.move_to_end("a")
print(od, list(reversed(od)))
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], dict(defaultdict(list, k=[1])))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0, fib.__name__, fib.__wrapped__.__name__)
print(functools.reduce(operator.mul, range(1, 10)), functools.partial(int, base=2)("101"))

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)], key=operator.attrgetter("v"))[0].v)

@functools.singledispatch
def kind(x): return "object"
@kind.register(int)
def _(x): return "int"
print(kind(1), kind("s"), kind(True))

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    def f(self): return 1
print(Impl().f(), isinstance(Impl(), Base), issubclass(list, collections.abc.Sequence))

d = {"a": [1, 2]}
d2 = copy.deepcopy(d); d2["a"].append(3)
print(d, d2, copy.copy([1, [2]]))
class Obj: pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o))
wd = weakref.WeakValueDictionary(); wd["k"] = o
print(list(wd.keys()), wd["k"] is o)
