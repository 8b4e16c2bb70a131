def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def t(obj):
    async def m():
        async with obj as v:
            print("body", v)
    try:
        run(m())
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Empty:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class OnlyExit:
    async def __aexit__(self, *a):
        pass


class SyncCM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


t(Empty())
t(OnlyEnter())
t(OnlyExit())
t(SyncCM())
t(EnterNotAwaitable())
t(ExitNotAwaitable())
t(None)


class AsyncCM:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


try:
    with AsyncCM():
        pass
except TypeError as e:
    print("TypeError:", e)
