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


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except KeyError as e:
                yield "handled " + str(e)
    finally:
        print("finally", received)


g = echo()
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.asend("b")))
print(step(g.athrow(KeyError("k"))))
print(step(g.asend("c")))
print(step(g.athrow(ValueError("v"))))
print(step(g.asend("d")))
g = echo()
try:
    g.asend("x").send(None)
except TypeError as e:
    print("TypeError:", e)
print(step(g.asend(None)))
aw = g.asend(None)
try:
    aw.send("not none")
except Exception as e:
    print(type(e).__name__, e)
g2 = echo()
print(step(g2.athrow(KeyError("early"))))
print(step(g2.asend(None)))
