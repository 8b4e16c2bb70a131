# oracle: native-3.13 -- str set order depends on 64-bit hashes
# Sets of strs (and bigger ints) print in an order fixed by 64-bit hashes and CPython's table.
print(set("hello"), set("abracadabra"), frozenset("xyz"))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
s = set(words)
s.discard("the"); s.add("cat"); s.add("zebra")
print(s, s | {"alpha", "omega"}, s & {"fox", "dog", "nope"}, s - {"fox"}, s ^ {"fox", "new"})
# Built at run time: a constant display {...} is folded to a frozenset, which CPython 3.13 rebuilds
# once more when merging constants (3.14 does not), so its order differs between the two versions.
print(set([-1, -2, -3, -100, 2**61, 2**64, 10**20, -(2**63)]))
print({(1, 2), (2, 1), ("a", 1), ()})
print({1.5, 2.25, -0.5, 1e100})
d = {"x": 1, "y": 2, "z": 3}
print(set(d), set(d.items()), d.keys() | {"w"}, d.keys() & {"x", "q"}, d.keys() ^ {"x", "q"}, d.items() - {("x", 1)})
print({frozenset("ab"), frozenset("ba"), frozenset()})
print([set("abcdefghij") for _ in range(1)], frozenset("mississippi"))
e = set("abcdefghijklmnop")
while len(e) > 5:
    e.pop()
print(e)
