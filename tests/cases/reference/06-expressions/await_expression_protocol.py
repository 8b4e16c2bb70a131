# 6.4 Await expressions: __await__ must return an iterator; coroutines and generators-based awaitables
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
class Ready:
    def __await__(self):
        return iter([])
class Steps:
    def __await__(self):
        yield "step1"
        yield "step2"
        return "steps done"
class ReturnsGen:
    def __await__(self):
        return (x for x in ["g"])
async def main():
    a = await Ready()
    b = await Steps()
    c = await ReturnsGen()
    return a, b, c
t(lambda: drive(main()))
class BadIter:
    def __await__(self):
        return [1]
async def bad1():
    await BadIter()
t(lambda: drive(bad1()))
async def inner_coro():
    return "inner value"
async def outer():
    return await inner_coro()
t(lambda: drive(outer()))
async def await_twice():
    c = inner_coro()
    await c
    await c
t(lambda: drive(await_twice()))
async def await_none():
    await None
t(lambda: drive(await_none()))
m0 = main()
t(lambda: type(m0).__name__)
m0.close()
c = main()
t(lambda: (c.cr_running, c.cr_frame is not None, c.__qualname__))
c.close()
t(lambda: c.cr_frame)
