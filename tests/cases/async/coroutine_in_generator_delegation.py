class Y:
    def __await__(self):
        x = yield "from Y"
        return x


async def coro():
    v = await Y()
    return ("coro got", v)


def driver_gen():
    c = coro()
    result = yield from c.__await__()
    yield ("result", result)


g = driver_gen()
print(next(g))
print(g.send("value"))
w = coro().__await__()
print(type(w).__name__, next(w))
try:
    w.send(42)
except StopIteration as e:
    print("StopIteration", e.value)
w2 = coro().__await__()
next(w2)
try:
    w2.throw(ValueError("into wrapper"))
except ValueError as e:
    print("ValueError:", e)
w3 = coro().__await__()
next(w3)
print(w3.close())
c = coro()
w4 = c.__await__()
print(c.cr_running, c.cr_frame is not None)
next(w4)
print(c.cr_await is not None, type(c.cr_await).__name__)
w4.close()
print(c.cr_frame)
