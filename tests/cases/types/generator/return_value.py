def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    yield 1
    return "ret"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.args)
def outer():
    r = yield from g()
    print("inner returned", r)
    yield "end"
print(list(outer()))
def raises_stop():
    yield 1
    raise StopIteration("x")
t(lambda: list(raises_stop()))
def close_yield():
    try:
        yield 1
    finally:
        yield 2
c = close_yield()
next(c)
t(lambda: c.close())
