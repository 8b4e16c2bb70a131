# 8.5 with: __enter__/__exit__, exception suppression, multiple managers, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("outer"), CM("inner") as y:
    print("both", y)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppression")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
with (CM("p1") as p, CM("p2") as q):
    print(p, q)
