class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B
print(a.who(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__ + ":", e)
