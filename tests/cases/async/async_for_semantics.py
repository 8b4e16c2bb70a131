def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


log = []


class Source:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        log.append("aiter")
        return self

    async def __anext__(self):
        log.append("anext")
        if not self.items:
            raise StopAsyncIteration("done")
        return self.items.pop(0)


async def main():
    async for a, b in Source([(1, 2), (3, 4)]):
        log.append((a, b))
    try:
        async for a, b in Source([(1, 2, 3)]):
            pass
    except ValueError as e:
        log.append(str(e))
    async for x in Source([]):
        log.append("never")
    else:
        log.append("else on empty")
    result = []
    async for x in Source(range(5)):
        if x % 2:
            continue
        result.append(x)
    return result


print(run(main()))
print(log)


class Raising:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("in anext")


async def m2():
    try:
        async for x in Raising():
            pass
    except KeyError as e:
        return "KeyError " + str(e)


print(run(m2()))


async def nested_agen():
    async def inner():
        for i in range(3):
            yield i

    async for v in inner():
        yield v * 10


async def m3():
    return [v async for v in nested_agen()]


print(run(m3()))
