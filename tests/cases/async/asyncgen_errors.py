def step(aw, value=None):
    try:
        r = aw.send(value)
        return ("yielded-to-loop", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return (type(e).__name__, str(e))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


g = raises_stop()
print(step(g.asend(None)))
print(step(g.asend(None)))


async def raises_stopiteration():
    yield 1
    raise StopIteration("x")


g = raises_stopiteration()
print(step(g.asend(None)))
print(step(g.asend(None)))
print(step(g.asend(None)))

for src in [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from [1]\n",
    "def f():\n    await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "async def f():\n    x = [y async for y in z]\n",
    "def f():\n    x = [y async for y in z]\n",
    "await x\n",
    "async for x in y: pass\n",
    "async with x: pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


async def g():
    yield 1

print(step(g().athrow(ValueError("first"))))
print(step(g().athrow()))
print(step(g().athrow(5)))
try:
    g().athrow(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    g().asend()
except TypeError as e:
    print("TypeError:", e)
try:
    g().aclose(1)
except TypeError as e:
    print("TypeError:", e)
