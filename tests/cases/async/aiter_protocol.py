def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    out = []
    async for x in Counter(4):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(10):
        if x == 3:
            break
        out.append(x * 100)
    else:
        out.append("no")
    return out


print(run(main()))


def t(obj):
    async def m():
        async for x in obj:
            print("item", x)
    try:
        run(m())
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)


class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AiterReturnsInt:
    def __aiter__(self):
        return 1


class StopsWithStopIteration:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopIteration


t(NoAiter())
t(AiterNoAnext())
t(AnextNotAwaitable())
t(AiterReturnsInt())
t(StopsWithStopIteration())
t([1, 2])
