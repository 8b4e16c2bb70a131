def run(coro):
    trace = []
    try:
        v = None
        while True:
            trace.append(coro.send(v))
            v = len(trace)
    except StopIteration as e:
        return e.value, trace


class Delegating:
    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        r = yield from self.inner.__await__()
        return ("wrapped", r)


class Leaf:
    def __await__(self):
        a = yield "leaf-1"
        b = yield "leaf-2"
        return a + b


async def uses(obj):
    return await obj


print(run(uses(Leaf())))
print(run(uses(Delegating(Leaf()))))
print(run(uses(Delegating(Delegating(Leaf())))))


async def coro_value():
    return await Leaf() * 2


print(run(uses(Delegating(coro_value()))))


class AwaitIsCoroutineMethod:
    def __await__(self):
        c = coro_value()
        c.close()
        return c


try:
    run(uses(AwaitIsCoroutineMethod()))
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __await__(cls):
        yield "meta"
        return cls.__name__


class K(metaclass=Meta):
    pass


print(run(uses(K)))
inst = Leaf()
inst.__await__ = lambda: iter(["instance-attr"])
print(run(uses(inst)))
