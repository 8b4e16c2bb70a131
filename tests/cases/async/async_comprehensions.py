def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Y:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "suspend"
        return self.v


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return await Y(x * 2)


async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: await double(x) async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(10) if x % 3 == 0 if await double(x) > 0]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [[y async for y in agen(x)] async for x in agen(3)]
    gen = (await double(x) async for x in agen(3))
    h = [v async for v in gen]
    gen2 = (await double(x) for x in range(2))
    i = [v async for v in gen2]
    return a, b, c, d, e, f, g, h, i, type(gen).__name__


for r in run(main()):
    print(r)
