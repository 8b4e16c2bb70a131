class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise KeyError("k")
print("after suppressed")
try:
    with CM(False):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
