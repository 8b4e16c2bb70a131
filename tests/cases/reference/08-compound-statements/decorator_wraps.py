def logged(f):
    def w(*a, **k):
        print("calling", f.__name__, a, k)
        return f(*a, **k)
    w.__name__ = f.__name__
    w.__qualname__ = f.__qualname__
    w.__doc__ = f.__doc__
    w.__wrapped__ = f
    return w
@logged
def add(a, b=1):
    "Add things."
    return a + b
print(add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
class Counted:
    def __init__(self, f): self.f = f; self.n = 0
    def __call__(self, *a): self.n += 1; return self.f(*a)
@Counted
def sq(x): return x * x
sq(2); sq(3)
print(sq.n, sq(4), type(sq).__name__)
