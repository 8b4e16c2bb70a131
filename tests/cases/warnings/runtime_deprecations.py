# DeprecationWarnings the runtime emits (shown because the code runs in __main__).


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def gen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"


g = gen()
next(g)
t(lambda: g.throw(ValueError, ValueError("three-arg form"), None))
g = gen()
next(g)
t(lambda: g.throw(ValueError("one-arg form: no warning")))


async def agen():
    yield 1


def athrow(*args):
    aw = agen().athrow(*args)
    aw.close()  # an athrow() never awaited would warn when collected
    return type(aw).__name__


t(lambda: athrow(ValueError, None))
t(lambda: athrow(ValueError()))


class MyInt(int):
    pass


class IndexBool:
    def __index__(self):
        return True


class IndexSub:
    def __index__(self):
        return MyInt(2)


class IndexStr:
    def __index__(self):
        return "2"


t(lambda: [10, 20, 30][IndexBool()])
t(lambda: "abcd"[IndexSub()])
t(lambda: hex(IndexSub()))
t(lambda: [10, 20, 30][IndexStr()])


class IntSub:
    def __int__(self):
        return MyInt(7)


class MyFloat(float):
    pass


class FloatSub:
    def __float__(self):
        return MyFloat(1.5)


class MyComplex(complex):
    pass


class ComplexSub:
    def __complex__(self):
        return MyComplex(1, 2)


t(lambda: int(IntSub()))
t(lambda: float(FloatSub()))
t(lambda: complex(ComplexSub()))
t(lambda: type(compile("x = 1", "<lnotab>", "exec").co_lnotab).__name__)
t(lambda: ~True)
