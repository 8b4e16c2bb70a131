def gen():
    x = 1
    yield x
    x += 1
    yield x
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__ + ":", e.value)
def ret():
    yield 1
    return "done"
it = ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def bad():
    raise StopIteration("inside")
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__ + ":", e, type(e.__cause__).__name__)
