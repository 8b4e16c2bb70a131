# Argument and iteration errors of the module types and functions, as CPython words them.
import itertools as it
from _collections import deque, defaultdict
import _heapq
import _operator
import math

tests = [
    lambda: it.groupby(1), lambda: it.zip_longest("a", fillvalue=1, x=2), lambda: it.permutations(1),
    lambda: it.combinations(1, 2), lambda: it.compress(1, 2), lambda: it.islice(None, 1), lambda: it.accumulate(1),
    lambda: it.batched(None, 2), lambda: it.pairwise(1), lambda: it.starmap(max, 1), lambda: list(it.takewhile(1, [1])),
    lambda: it.cycle(1), lambda: list(it.chain.from_iterable([1])), lambda: it.tee(1), lambda: it.product(1),
    lambda: list(it.starmap(max, [1])), lambda: it.count(1, 2, step=3), lambda: it.count(foo=1),
    lambda: it.accumulate([1], foo=1), lambda: it.batched("ab", n="x"), lambda: it.repeat(1, times="x"),
    lambda: it.islice("a", 1, 2, 3, 4), lambda: it.islice("a"), lambda: it.dropwhile(len), lambda: it.filterfalse(),
    lambda: deque(1), lambda: deque([1]).rotate(1.5), lambda: deque().extend(1), lambda: defaultdict(list, 1),
    lambda: deque([1, 2]).index(1, 0, "x"), lambda: deque().insert("a", 1), lambda: deque([1]) * 1.5,
    lambda: _heapq.heappush([]), lambda: _heapq.heapify([], 1), lambda: _operator.itemgetter(1)(5),
    lambda: _operator.attrgetter("x")(5), lambda: _operator.methodcaller("nope")(5), lambda: _operator.length_hint(),
    lambda: math.factorial(), lambda: math.gcd("a"), lambda: math.hypot(1, "a"), lambda: math.isqrt(),
    lambda: math.prod([1], 2), lambda: math.prod(start=2), lambda: math.fsum(), lambda: math.log("x"),
    lambda: math.comb(1, 2, 3), lambda: math.ldexp(1), lambda: math.isclose(1, 2, 3, 4), lambda: math.dist(1),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
