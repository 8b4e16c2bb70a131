def gen(n):
    for i in range(n):
        yield i * i
    return "done"
print(list(gen(5)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "default"))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
g2 = gen(3)
try:
    g2.send(1)
except TypeError as ex:
    print(ex)
def deleg():
    r = yield from gen(3)
    print("delegate returned", r)
    yield "end"
print(list(deleg()))
print(type(gen(1)).__name__, gen.__name__)
gg = gen(1)
print(repr(gg).startswith("<generator object gen at 0x"))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
c = closer()
print(next(c))
c.close()
print(list(c))
def thrower():
    try:
        yield 1
    except ValueError as ex:
        print("got", ex)
        yield 2
t = thrower()
print(next(t), t.throw(ValueError("inj")))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as ex:
    print(ex, type(ex.__cause__).__name__)
def ignore():
    try:
        yield
    except GeneratorExit:
        pass
    yield
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as ex:
    print(ex)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as ex:
    print(ex)
print(sum(x for x in range(10) if x % 3 == 0))
gi = gen(3)
print(gi.gi_running, gi.gi_frame is not None, gi.gi_code.co_name)
list(gi)
print(gi.gi_frame)
