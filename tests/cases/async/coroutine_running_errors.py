class Y:
    def __await__(self):
        yield


async def selfref():
    return c.send(None)


c = selfref()
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)


async def inner():
    await Y()


async def awaits_twice(i):
    await i


i = inner()
a = awaits_twice(i)
a.send(None)
b = awaits_twice(i)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
b.close()
a.close()


async def self_close():
    c2.close()


c2 = self_close()
try:
    c2.send(None)
except ValueError as e:
    print("ValueError:", e)


async def awaits_itself():
    await c3


c3 = awaits_itself()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
