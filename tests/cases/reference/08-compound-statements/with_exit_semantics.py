class Swallow:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("exit sees", t.__name__ if t else None); return 1
def f():
    with Swallow():
        return "returned"
print(f())
for i in range(3):
    with Swallow():
        if i == 1: continue
        if i == 2: break
        print("iter", i)
with Swallow():
    raise ValueError
print("continues")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))
