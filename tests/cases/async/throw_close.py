class Yield:
    def __await__(self):
        return (yield "tick")


async def worker(log):
    try:
        while True:
            try:
                v = await Yield()
                log.append(("got", v))
            except ValueError as e:
                log.append(("handled", str(e)))
    finally:
        log.append("finally")


log = []
c = worker(log)
print(c.send(None))
print(c.send(1))
print(c.throw(ValueError("boom")))
print(c.throw(ValueError, "old-style") if False else "skip")
c.close()
print(log)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def swallow():
    try:
        await Yield()
    except GeneratorExit:
        await Yield()


c = swallow()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def returns_in_finally():
    try:
        await Yield()
    finally:
        return 5


c = returns_in_finally()
c.send(None)
print(repr(c.close()))
c = returns_in_finally()
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError:", e)
print(c.cr_frame)
