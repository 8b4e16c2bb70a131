def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def t(make):
    async def main():
        return await make()
    try:
        print(repr(run(main())))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class ReturnsList:
    def __await__(self):
        return [1, 2]


class ReturnsInt:
    def __await__(self):
        return 3


class ReturnsIter:
    def __await__(self):
        return iter([None, None])


class Gen:
    def __await__(self):
        yield
        return "gen-result"


class NoAwait:
    pass


class AwaitNone:
    __await__ = None


async def coro():
    return "coro-result"


class ReturnsCoroutine:
    def __await__(self):
        c = coro()
        c.close()
        return c


t(ReturnsList)
t(ReturnsInt)
t(ReturnsIter)
t(Gen)
t(NoAwait)
t(AwaitNone)
t(lambda: 5)
t(lambda: None)
t(ReturnsCoroutine)
t(coro)


class Raises:
    def __await__(self):
        raise KeyError("in __await__")


t(Raises)
