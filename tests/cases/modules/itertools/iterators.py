import itertools as it
from itertools import islice

print(list(islice(it.count(10, 3), 5)), it.count(5), it.count(1.5, 0.5), it.count(2**64, -1))
print(list(islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), it.repeat("x", 3), it.repeat(None))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.batched("abcdefg", 3)), list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("AAABBCAA")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(islice("ABCDEFG", 2, None, 2)), list(islice(range(100), 5, 50, 10)), list(it.pairwise("abcd")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", range(2))), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), type(a).__name__)
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))


class MyCount(it.count):
    pass


print(MyCount(3), list(islice(MyCount(3), 2)), isinstance(it.chain(), it.chain))
for t in [lambda: it.islice("a", -1), lambda: it.islice("a", 0, 1, 0), lambda: it.batched("a", 0),
          lambda: list(it.batched("abc", 2, strict=True)), lambda: it.count("a"), lambda: it.repeat(),
          lambda: it.permutations("a", -1), lambda: it.product("a", repeat=-1), lambda: it.tee("a", -1),
          lambda: it.chain(1).__next__(), lambda: it.cycle(), lambda: it.zip_longest(x=1)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
