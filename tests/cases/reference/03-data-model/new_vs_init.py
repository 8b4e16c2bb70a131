class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x): print("init", x)
A(1)
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
class InitReturns:
    def __init__(self): return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    object.__new__(A, 1)
    print("object.__new__ ok with extra args when __new__ overridden")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class P: pass
    P(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
