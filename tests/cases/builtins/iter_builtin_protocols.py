# iter(): __iter__ results are checked; sequence iterators; exhausted iterators stay exhausted
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class ReturnsList:
    def __iter__(self):
        return [1, 2]
t(lambda: iter(ReturnsList()))
class ReturnsSelf:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
r = ReturnsSelf()
t(lambda: (iter(r) is r, list(r), list(r)))
t(lambda: [type(iter(x)).__name__ for x in ["", [], (), {}, set(), range(1), b"", bytearray(), {}.values(), {}.items()]])
it = iter([1, 2])
t(lambda: (next(it), next(it), next(it, "end"), next(it, "still end")))
l = [1, 2, 3]
li = iter(l)
next(li)
l.clear()
t(lambda: list(li))
l.extend([4, 5])
t(lambda: list(li))
t(lambda: iter(None))
t(lambda: iter(5))
t(lambda: iter(int))
t(lambda: iter("ab").__length_hint__())
t(lambda: iter(range(5)).__length_hint__())
class Gi:
    def __getitem__(self, i):
        return i
t(lambda: next(iter(Gi())))
gi = iter(Gi())
t(lambda: [next(gi) for _ in range(3)])
t(lambda: iter(lambda: 1))
t(lambda: iter())
