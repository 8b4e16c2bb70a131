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


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = gen()
print(step(g.aclose()))
print(step(g.asend(None)))
g = gen()
print(step(g.asend(None)))
print(step(g.aclose()))
print(step(g.aclose()))
print(g.ag_frame)


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores()
print(step(g.asend(None)))
print(step(g.aclose()))


async def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in cleanup")


g = raises_other()
print(step(g.asend(None)))
print(step(g.aclose()))


async def returns():
    try:
        yield 1
    finally:
        return


g = returns()
print(step(g.asend(None)))
print(step(g.aclose()))
aw = gen().aclose()
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
