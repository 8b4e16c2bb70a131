# 8.9 Coroutines: async def, await, async with, async for driven by hand with send()
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("suspend", self.v)
        return (self.v, got)
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 2:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    r = await Awaitable(1)
    print("awaited", r)
    async with ACM() as res:
        print("inside", res)
    out = []
    async for v in AIter():
        out.append(v)
    print("async for", out, [x async for x in AIter()])
    return "main done"
coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
try:
    coro.send("sent")
except StopIteration as e:
    print("finished:", e.value)
async def simple():
    return 5
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with 5:
        pass
try:
    bad_with().send(None)
except TypeError as e:
    print("TypeError:", e)
async def bad_for():
    async for x in [1]:
        pass
try:
    bad_for().send(None)
except TypeError as e:
    print("TypeError:", e)
c3 = simple()
c3.close()
print("closed without running")
