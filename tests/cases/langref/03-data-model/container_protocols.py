# 3.3.7 Emulating containers: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__, __bool__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * 10
print(list(Seq(4)), len(Seq(3)), Seq(5)[1:3], 20 in Seq(3), 25 in Seq(3), bool(Seq(0)), list(reversed(Seq(3))))
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
s = Store()
s["b"] = 1
s["a"] = 2
del s["b"]
s["c"] = 3
print(list(s), "a" in s, "b" in s, s["c"])
class Truthy:
    def __bool__(self):
        return False
print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy())
class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
for f in [lambda: len(BadLen()), lambda: bool(BadBool()), lambda: len(5), lambda: iter(5), lambda: Seq(2)[5], lambda: next(iter([]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), sum(It()), [x for x in It()])
