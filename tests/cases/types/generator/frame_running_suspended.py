def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    print("running inside:", gen.gi_running, gen.gi_suspended)
    x = yield 1
    print("got", x)
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended, gen.gi_frame is not None, gen.gi_frame.f_lineno if gen.gi_frame else None, gen.gi_yieldfrom)
print(next(gen))
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_code.co_name, gen.gi_frame.f_locals)
print(gen.send("val"))
print(gen.gi_suspended)
t(lambda: next(gen))
print(gen.gi_frame, gen.gi_running, gen.gi_suspended)
def selfref():
    yield next(me)
me = selfref()
t(lambda: next(me))
def sub():
    yield 1
    yield 2
def deleg():
    yield from sub()
d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_frame is not None)
print(g.__name__, gen.__name__, gen.__qualname__, repr(gen).startswith("<generator object g at"))
gen.__name__ = "renamed"
print(gen.__name__)
t(lambda: setattr(gen, "__name__", 1))
t(lambda: setattr(gen, "gi_running", True))
print(type(gen.gi_code).__name__, gen.gi_code is g.__code__)
