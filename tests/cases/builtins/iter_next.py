it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(list(iter("ab")), iter(it) is it, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
for f in [lambda: iter(5), lambda: next([1]), lambda: iter(tick, 1, 2), lambda: iter(5, 1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
