def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
r = range(3)
it = iter(r)
print(next(it), list(it), list(r), list(r))
print(type(iter(r)).__name__, type(iter(range(10 ** 20))).__name__)
print(list(range(10, 0, -4)), list(range(0, -5, -2)), list(range(5, 5)))
print(range(3).__contains__(2), range(0, 10, 3)[1:][::-1])
t(lambda: next(iter(range(0))))
t(lambda: range(3).start.__class__.__name__)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(10)[I()])
t(lambda: range(I(), 10, 1.0))
