# 6.2.9 Yield expressions: send, throw, close, yield values, where yield is allowed
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
t(lambda: next(g))
g2 = echo()
t(lambda: g2.send("x"))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
            yield "after throw"
c = catcher()
next(c)
print(c.throw(ValueError("v1")))
t(lambda: c.throw(KeyError))
t(lambda: next(c))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2
r = refuses()
next(r)
t(r.close)
def ret():
    x = yield
    return x * 2
gr = ret()
next(gr)
try:
    gr.send(21)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def yield_in_expr():
    return [(yield i) for i in range(1)] if False else (yield 1) + (yield 2)
y = yield_in_expr()
print(next(y), y.send(10))
try:
    y.send(20)
except StopIteration as e:
    print("result", e.value)
for src in ["[(yield) for x in y]", "{(yield) for x in y}", "((yield) for x in y)", "def f(): x = yield = 1",
            "class C: yield 1", "yield 1", "def f(): return (yield from)", "def f(a=(yield)): pass",
            "async def f(): yield from x", "def f(): lambda: (yield)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
t(lambda: echo().throw(ValueError, "legacy form"))
