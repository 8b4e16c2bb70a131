class Y:
    def __await__(self):
        yield "y"


async def inner():
    await Y()
    return 1


async def outer():
    return await inner()


class C:
    async def meth(self):
        pass


c = outer()
print(c.__name__, c.__qualname__)
m = C().meth()
print(m.__qualname__)
m.close()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code is outer.__code__)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
print(c.cr_suspended if hasattr(c, "cr_suspended") else "no cr_suspended")
print(c.send(None))
print(c.cr_running, type(c.cr_await).__name__, c.cr_await.__name__)
print(c.cr_await.cr_await is not None, type(c.cr_await.cr_await).__name__)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__)
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del c.__qualname__
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_await, c.cr_running)
print(outer.__code__.co_flags & 0x80 != 0, inner.__code__.co_flags & 0x80)

seen = []


async def running():
    seen.append(r.cr_running)


r = running()
try:
    r.send(None)
except StopIteration:
    pass
print(seen)
print(type(c).__name__, repr(c).startswith("<coroutine object Q.renamed at"))
