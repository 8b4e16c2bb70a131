class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with (CM(3) as c,
      CM(4)):
    print("paren body", c)
try:
    with CM(5), CM(6):
        raise ValueError("inside")
except ValueError:
    print("caught")
class FailEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with CM(7), FailEnter():
        print("no")
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
