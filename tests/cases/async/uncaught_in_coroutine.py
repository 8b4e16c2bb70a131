def run(coro):
    while True:
        coro.send(None)


class Y:
    def __await__(self):
        yield


async def inner():
    await Y()
    raise ValueError("from inner")


async def outer():
    await inner()


run(outer())
