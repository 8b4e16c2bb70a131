def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def fails():
    raise ValueError("inner")


async def chain():
    try:
        await fails()
    except ValueError as e:
        raise KeyError("outer") from e


try:
    run(chain())
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


async def stop():
    raise StopIteration("bad")


try:
    run(stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def raises_stopasync():
    raise StopAsyncIteration


try:
    run(raises_stopasync())
except Exception as e:
    print(type(e).__name__ + ":", e)


async def ctx():
    try:
        raise TypeError("first")
    except TypeError:
        await fails()


try:
    run(ctx())
except ValueError as e:
    print(repr(e), repr(e.__context__))

c = fails()
try:
    c.throw(KeyError("thrown before start"))
except KeyError as e:
    print("KeyError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
