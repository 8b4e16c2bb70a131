def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: next(iter(()), None))
calls = iter([3, 2, 1, 0, 5])
t(lambda: list(iter(lambda: next(calls), 0)))
t(lambda: iter(5, 0))
t(lambda: iter([], 0))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
class NotIter:
    __iter__ = None
t(lambda: iter(NotIter()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
