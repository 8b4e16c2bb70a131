# iter(callable, sentinel) and next(iterator, default)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = iter([1, 2, 3, 0, 4])
t(lambda: list(iter(lambda: next(vals), 0)))
t(lambda: list(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 3)
t(lambda: (type(it).__name__, next(it), next(it)))
t(lambda: next(it))
t(lambda: next(it, "default after"))
t(lambda: iter(5, 1))
t(lambda: iter(lambda: 1, 1, 1))
t(lambda: iter())
def raises_stop():
    raise StopIteration
t(lambda: list(iter(raises_stop, None)))
calls = []
def raises_other():
    calls.append(1)
    raise ValueError("inside callable")
t(lambda: list(iter(raises_other, None)))
class EqAlways:
    def __eq__(self, o):
        print("sentinel eq", o)
        return True
t(lambda: list(iter(lambda: 5, EqAlways())))
t(lambda: next(iter([]), None))
t(lambda: next([]))
t(lambda: next(5, 1))
t(lambda: next(iter([1]), 2, 3))
t(lambda: next())
class NotIter:
    def __next__(self):
        return 1
t(lambda: next(NotIter()))
t(lambda: iter(NotIter()))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
t(lambda: list(iter(OnlyGetitem())))
t(lambda: type(iter(OnlyGetitem())).__name__)
class GetitemStop:
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return i
t(lambda: list(GetitemStop()))
t(lambda: type(iter(counter, 5)).__name__)
