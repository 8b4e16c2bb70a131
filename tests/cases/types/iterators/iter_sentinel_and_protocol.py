def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Count()
print(list(c), list(c), sum(Count()), max(Count()), sorted(Count(), reverse=True))
a, *b = Count()
print(a, b)
print(dict(zip(Count(), "abc")), set(Count()) == {1, 2, 3}, tuple(Count()))
class NoNext:
    def __iter__(self):
        return self
t(lambda: list(NoNext()))
t(lambda: iter(NoNext()))
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("in next")
t(lambda: list(Raises()))
t(lambda: [x for x in Raises()])
