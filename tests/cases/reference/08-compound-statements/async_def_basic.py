class Yield:
    def __await__(self):
        v = yield "suspended"
        return v
async def add(a, b):
    got = await Yield()
    return a + b + got
async def main():
    r = await add(1, 2)
    return r * 10
c = main()
print(type(c).__name__)
print(c.send(None))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
async def agen():
    for i in range(3):
        yield i
async def collect():
    return [x async for x in agen()]
c2 = collect()
try:
    c2.send(None)
except StopIteration as e:
    print("collected", e.value)
c3 = add(1, 1)
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
