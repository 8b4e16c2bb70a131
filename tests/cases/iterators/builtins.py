# The iterator builtins: enumerate, zip (strict), map (strict), filter, reversed, iter(f, sentinel).
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(enumerate("ab", 2**63)), list(enumerate("ab", True)), list(enumerate(iterable="x", start=3)))
t(enumerate)
t(enumerate, 1)
t(enumerate, [], "a")
t(enumerate, [], 1, 2)
t(enumerate, [], x=1)
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, "end"), iter(e) is e)
print(list(zip("abc", range(5))), list(zip()), list(zip("a")), list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip("ab", "cde", strict=False)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(zip, 1)
t(zip, [], x=1)
t(zip, [], strict=1, x=2)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4], strict=True)))
t(lambda: list(map(lambda a, b: a + b, [1, 2], [1], strict=True)))
t(lambda: list(map(lambda a, b: a + b, [1], [1, 2], strict=True)))
t(map)
t(map, abs)
t(map, abs, 1)
t(map, abs, [], x=1)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
t(filter)
t(filter, None)
t(filter, None, [], 1)
t(filter, None, [], x=1)
t(lambda: list(filter(len, [1])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(S())), list(S()), list(iter(S())), type(iter(S())).__name__)
class R:
    def __reversed__(self):
        return iter("rev")
print(list(reversed(R())))
class N:
    __reversed__ = None
t(reversed, N())
t(reversed, 1)
t(reversed, {1, 2})
t(reversed)
t(reversed, [], [])
t(reversed, seq=[])
rv = reversed(S())
print(type(rv).__name__, rv.__length_hint__(), next(rv), rv.__length_hint__())
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
ci = iter(counter, 100)
print(type(ci).__name__, next(ci), next(ci))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
t(iter)
t(iter, 1)
t(iter, 1, 2)
t(iter, [], 2, 3)
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(Old()), 1 in Old(), 5 in Old())
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
t(list, Bad())
print([type(x).__name__ for x in (enumerate([]), reversed([]), zip(), map(len, []), filter(None, []), iter(range(3)), iter([]), iter(()), iter({}), iter(set()))])
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
