def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield "first"
    yield "second"


class Manual:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    out = []
    it = aiter(agen())
    out.append(await anext(it))
    out.append(await anext(it, "dflt"))
    out.append(await anext(it, "dflt"))
    out.append(await anext(it, None))
    m = aiter(Manual())
    out.append(await anext(m))
    out.append(await anext(m, "d"))
    out.append(await anext(m, "d"))
    try:
        await anext(m)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out


print(run(main()))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: aiter([1, 2]))
t(lambda: anext(iter([1])))
t(lambda: anext(agen(), 1, 2))
t(lambda: anext())
t(lambda: aiter())


class BadAiter:
    def __aiter__(self):
        return 5


t(lambda: aiter(BadAiter()))
aw = anext(agen(), "x")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(aw.send(None) if False else next(aw, "nothing yielded"))
aw2 = anext(Manual(), "x")
try:
    aw2.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
