# A tiny driver: coroutines yield "futures" (plain objects) through __await__, the loop resolves them.
class Future:
    def __init__(self, value):
        self.value = value
        self.result = None

    def __await__(self):
        result = yield self
        return result


def run(coro):
    value = None
    steps = 0
    while True:
        try:
            fut = coro.send(value)
        except StopIteration as e:
            print("done after", steps, "steps ->", repr(e.value))
            return e.value
        steps += 1
        print("yielded", type(fut).__name__, fut.value)
        value = fut.value * 10


async def leaf(x):
    r = await Future(x)
    return r + 1


async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def top():
    a = await middle(3)
    b = await leaf(100)
    return a, b


run(top())
c = top()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
