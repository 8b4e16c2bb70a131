class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return f"slept {self.n} -> {got}"
async def inner(x):
    r = await Sleep(x)
    return r.upper()
async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]
def drive(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("request", req)
        value = f"ok{req[1]}"
print(drive(outer()))
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * 10
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(consume()))
async def comp():
    return [v async for v in agen(2)]
print(drive(comp()))
async def fails():
    await Sleep(0)
    raise ValueError("inside coroutine")
try:
    drive(fails())
except ValueError as e:
    print("caught", e)
co = inner(5)
co.send(None)
try:
    co.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown through", e)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)
c2 = outer()
try:
    c2.send(1)
except TypeError as e:
    print(e)
c2.close()
