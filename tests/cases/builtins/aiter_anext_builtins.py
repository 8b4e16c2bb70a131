# aiter()/anext(): async iteration builtins driven by hand
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(agen())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "StopAsyncIteration"
    return a, b, c, d
t(lambda: run(main()))
t(lambda: aiter([1]))
t(lambda: anext(iter([1])))
t(lambda: aiter())
t(lambda: anext())
class AIt:
    def __aiter__(self):
        return 5
t(lambda: aiter(AIt()))
class Good:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
t(lambda: aiter(Good()) is not None)
async def use_default():
    return await anext(Good(), 42)
t(lambda: run(use_default()))
async def no_default():
    return await anext(Good())
t(lambda: run(no_default()))
