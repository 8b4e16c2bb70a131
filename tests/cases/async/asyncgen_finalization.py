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


class Y:
    def __await__(self):
        yield "cleanup-await"


async def gen():
    try:
        yield 1
    finally:
        print("before await in finally")
        await Y()
        print("after await in finally")


g = gen()
print(step(g.asend(None)))
ac = g.aclose()
print(step(ac))
print(step(ac))


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


g = yields_in_finally()
print(step(g.asend(None)))
print(step(g.aclose()))


async def catches_athrow():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            return


g = catches_athrow()
print(step(g.asend(None)))
print(step(g.athrow(ValueError("one"))))
print(step(g.asend(None)))
print(step(g.athrow(ValueError("after end"))))
