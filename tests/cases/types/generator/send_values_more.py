def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
t(lambda: g.send(1))
g2 = echo()
t(lambda: g2.send("x"))
print(g2.send(None))
def gen_expr_like():
    yield from range(3)
    return "done"
def outer():
    r = yield from gen_expr_like()
    yield r
print(list(outer()))
ge = (x * 2 for x in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, next(ge), list(ge), list(ge))
t(lambda: (x for x in 5))
t(lambda: list(x for x in [1, 0] if 1 / x))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
print("after close")
