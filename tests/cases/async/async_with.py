def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


async def main():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with CM("n"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    for i in range(3):
        async with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return "done"


print(run(main()))


async def ret():
    async with CM("r"):
        return "from body"


print(run(ret()))
