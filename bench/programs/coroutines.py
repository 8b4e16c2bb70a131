# Coroutine-heavy: a round-robin scheduler driving many coroutines with send(), await chains
# through __await__ objects, async generators consumed with async for, and async with.
class Yield:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


class Lock:
    def __init__(self):
        self.count = 0

    async def __aenter__(self):
        self.count += 1
        return self

    async def __aexit__(self, et, ev, tb):
        return False


async def leaf(x):
    got = await Yield(x)
    return got + x


async def middle(x):
    a = await leaf(x)
    b = await leaf(a & 1023)
    return a + b


async def ticker(n):
    for i in range(n):
        await Yield(i)
        yield i * 2


async def worker(wid, rounds, lock):
    total = 0
    for r in range(rounds):
        total += await middle(wid + r)
        async with lock:
            total ^= r
    async for v in ticker(rounds // 4):
        total += v
    return total


def run(tasks):
    ready = list(tasks)
    results = 0
    sends = 0
    value = None
    while ready:
        nxt = []
        for t in ready:
            try:
                v = t.send(value)
                sends += 1
                nxt.append(t)
            except StopIteration as e:
                results += e.value
        ready = nxt
        value = sends & 7
    return results, sends


lock = Lock()
total, sends = run([worker(w, 120, lock) for w in range(800)])
print(total, sends, lock.count)
