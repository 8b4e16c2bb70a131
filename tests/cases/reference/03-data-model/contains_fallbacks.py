# 6.10.2 Membership: __contains__, then __iter__, then __getitem__ with int indexes
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x  # result converted with bool()
print(1 in WithContains(), 0 in WithContains(), "" not in WithContains())
class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in WithIter(), 5 in WithIter())
class WithGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in WithGetitem(), 99 in WithGetitem())
class Stop:
    def __getitem__(self, i):
        raise StopIteration
print(1 in Stop() if False else "skip")
class Nan:
    def __eq__(self, o):
        return False
n = Nan()
print(n in [n], n in (n,), n in {n: 1}, float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan == nan)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
for obj in [NoContains(), 5, None]:
    try:
        print(1 in obj)
    except TypeError as e:
        print("TypeError:", e)
class Raises:
    def __contains__(self, x):
        raise KeyError("inner")
try:
    1 in Raises()
except KeyError as e:
    print("KeyError:", e)
class BadBool:
    def __bool__(self):
        raise ValueError("bad bool")
class ReturnsBad:
    def __contains__(self, x):
        return BadBool()
try:
    1 in ReturnsBad()
except ValueError as e:
    print("ValueError:", e)
print("ab" in "xaby", "" in "", b"a" in b"cab", 97 in b"a", [1] in [[1]])
for f in [lambda: 1 in "abc", lambda: "a" in b"abc", lambda: 300 in b"a", lambda: [] in {1: 2}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
