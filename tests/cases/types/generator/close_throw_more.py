def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
x = g()
next(x)
print(x.close())
print(x.close())
def g2():
    try:
        yield 1
    finally:
        print("finally")
y = g2()
print(y.close())
next(y2 := g2())
print(y2.close())
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
z = g3()
next(z)
t(lambda: z.close())
def g4():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e), e.__traceback__ is not None)
        yield "after"
w = g4()
next(w)
print(w.throw(ValueError("boom")))
t(lambda: w.throw(TypeError))
t(lambda: w.throw(1))
w2 = g4()
t(lambda: w2.throw(KeyError("early")))
t(lambda: next(w2))
w3 = g4()
next(w3)
def g5():
    yield 1
e = g5()
t(lambda: e.send(5))
print(next(e))
t(lambda: e.throw(StopIteration))
def g6():
    while True:
        try:
            yield
        except Exception as ex:
            print("in g6", type(ex).__name__, ex.args)
h = g6()
next(h)
h.throw(RuntimeError("x"))
h.throw(RuntimeError)
try:
    raise KeyError("with tb")
except KeyError as ke:
    h.throw(ke)
h.close()
t(lambda: h.throw(ValueError))
