def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "after-throw"
    finally:
        print("finally")
it = g()
t(lambda: it.send(5))
t(lambda: next(it))
t(lambda: it.send("a"))
t(lambda: it.throw(ValueError("bad")))
t(lambda: it.close())
t(lambda: next(it))
it2 = g()
next(it2)
t(lambda: it2.throw(KeyError("k")))
it3 = g()
t(lambda: it3.throw(TypeError("unstarted")))
t(lambda: next(it3))
