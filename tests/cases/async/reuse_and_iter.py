def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def f():
    return 42


c = f()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def awaiter(c):
    return await c


c = f()
print(run(awaiter(c)))
try:
    run(awaiter(c))
except RuntimeError as e:
    print("RuntimeError:", e)

c = f()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    list(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()


def gen_from():
    c = f()
    c.close()
    yield from c


try:
    list(gen_from())
except TypeError as e:
    print("TypeError:", e)
