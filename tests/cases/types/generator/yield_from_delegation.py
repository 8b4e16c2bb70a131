def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def inner():
    got = yield "i1"
    print("inner got", got)
    try:
        yield "i2"
    except ZeroDivisionError:
        print("inner handled ZDE")
        yield "i3"
    return "inner-done"
def outer():
    res = yield from inner()
    print("res", res)
    yield from [10, 20]
    yield from "ab"
g = outer()
print(next(g), g.send("hello"), g.throw(ZeroDivisionError), next(g), next(g), next(g), next(g))
t(lambda: next(g))
def bad():
    yield from 5
t(lambda: next(bad()))
