# Sequence + and * with operands of Python classes: __radd__/__rmul__ are tried before the
# sequence's own concatenation/repetition, also for += and *=.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __mul__(self, o): return "A*"
class R:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
for seq in ([1], (1,)):
    t(lambda: seq + A())
    t(lambda: seq + R())
    t(lambda: seq * A())
    t(lambda: A() * seq)
    t(lambda: seq * R())
    t(lambda: R() * seq)
l = [1]
l += R()
print(l)
m = [1]
m *= R()
print(m)
