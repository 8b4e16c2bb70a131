# Old-style iteration through __getitem__, iterator protocol details, length hints, exhaustion.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

class WithLen(Seq):
    def __len__(self):
        return 4

print(list(Seq()), tuple(Seq()), sorted(Seq(), reverse=True), 9 in Seq(), 5 in Seq(), max(Seq()))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), list(it), list(it))
it = iter(WithLen())
print(it.__length_hint__(), next(it), it.__length_hint__())
t(lambda: iter(Seq()).__length_hint__())
t(reversed, Seq())
print(list(reversed(WithLen())))
a, b, *c = Seq()
print(a, b, c)
print(dict(enumerate(Seq())), set(Seq()) == {0, 1, 4, 9})
class NotIter:
    pass
t(iter, NotIter())
t(list, NotIter())
class BadIter:
    def __iter__(self):
        return 1
t(iter, BadIter())
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), [x for x in Counter()], sum(Counter()))
c = Counter()
print(list(zip(c, "abcdef")), list(c))
l = [1, 2, 3]
it = iter(l)
l.extend([4, 5])
print(list(it))
it = iter(l)
list(it)
l.append(6)
print(list(it))
print(list(map(None.__class__, [])), list(filter(None, iter(Seq()))))
