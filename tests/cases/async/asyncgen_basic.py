def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Y:
    def __await__(self):
        yield "suspend"
        return "resumed"


async def agen(n):
    for i in range(n):
        r = await Y()
        yield i, r


async def main():
    out = []
    async for item in agen(3):
        out.append(item)
    g = agen(2)
    out.append(type(g).__name__)
    out.append(g.__aiter__() is g)
    out.append(await g.__anext__())
    out.append(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        out.append("stop")
    out.append(await anext(g, "default"))
    return out


print(run(main()))
g = agen(1)
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(g.ag_code is agen.__code__, agen.__code__.co_flags & 0x200 != 0)
print(repr(g).startswith("<async_generator object agen at"))
aw = g.__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
