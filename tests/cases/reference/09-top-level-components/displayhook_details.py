# sys.displayhook: None is not printed nor stored; repr is used; builtins._ is updated
import sys, builtins
builtins._ = "start"
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(builtins._)
class R:
    def __repr__(self):
        return "<R>"
sys.displayhook(R())
print(type(builtins._).__name__)
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    sys.displayhook(Bad())
except ValueError as e:
    print("ValueError:", e)
print(type(builtins._).__name__)
print(sys.displayhook is sys.__displayhook__)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)
