class Log:
    def __setattr__(self, n, v):
        print("set", n, v); super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n); super().__delattr__(n)
l = Log(); l.x = 1; del l.x
try:
    del l.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Frozen:
    def __setattr__(self, n, v): raise AttributeError(f"frozen: {n}")
try:
    Frozen().a = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
