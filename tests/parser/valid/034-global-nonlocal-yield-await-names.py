def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
def gen():
    received = yield
    yield received
    return (yield from gen())
async def coro():
    return [await a for a in b]
print_ = print
exec_ = exec
