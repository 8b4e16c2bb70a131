def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
it = g()
next(it)
it.close()
print("closed")
it.close()
t(lambda: next(it))
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed"
s = swallow()
next(s)
t(lambda: s.close())
def keep():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "nope"
k = keep()
next(k)
t(lambda: k.close())
u = g()
t(lambda: u.close())
def running():
    yield r.send(None)
r = running()
t(lambda: next(r))
