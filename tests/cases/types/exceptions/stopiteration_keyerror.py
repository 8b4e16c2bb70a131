def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g2():
    return (1, 2)
    yield
try:
    next(g2())
except StopIteration as e:
    print(e.value, e.args)
def g3():
    raise StopIteration("inside")
    yield
t(lambda: next(g3()))
try:
    next(g3())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
e = StopIteration()
e.value = 9
print(e.value, e.args)
t(lambda: {}["missing"])
t(lambda: {}[("a", 1)])
t(lambda: {}[""])
try:
    {}[()]
except KeyError as e:
    print(repr(str(e)), e.args)
print(str(KeyError(None)), str(KeyError("")), str(KeyError("a\nb")), repr(KeyError("x").args))
print(str(LookupError("x")), str(IndexError("x")))
try:
    d = {1: 2}
    del d[3]
except KeyError as e:
    print(repr(e))
try:
    set().remove("z")
except KeyError as e:
    print(repr(e))
