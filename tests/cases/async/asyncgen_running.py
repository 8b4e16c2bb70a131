class Suspend:
    def __await__(self):
        yield "suspended"


async def agen():
    print("running inside:", g.ag_running)
    await Suspend()
    yield 1
    yield 2


g = agen()
print(g.ag_running)
a1 = g.asend(None)
print(a1.send(None))
print("during await:", g.ag_running)
a2 = g.asend(None)
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(g.ag_running)
a3 = g.athrow(ValueError)
b = g.aclose()
try:
    b.send(None)
except Exception as e:
    print(type(e).__name__, e)


async def agen2():
    await Suspend()
    yield 1


g2 = agen2()
x = g2.asend(None)
x.send(None)
y = g2.aclose()
try:
    y.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
z = g2.athrow(KeyError)
try:
    z.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
