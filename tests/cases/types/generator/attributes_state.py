def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__, (g.gi_suspended, g.gi_running, g.gi_frame is None))
next(g)
print((g.gi_suspended, g.gi_running, g.gi_frame is None), g.gi_running, g.gi_frame is not None)
list(g)
print((g.gi_suspended, g.gi_running, g.gi_frame is None), g.gi_frame)
def self_ref():
    yield next(s)
s = self_ref()
t(lambda: next(s))
t(lambda: next(s))
ge = (x * x for x in range(3))
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
t(lambda: (x for x in 5))
t(lambda: iter(gen()) is not None)
