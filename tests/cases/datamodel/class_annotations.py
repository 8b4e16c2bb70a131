class A:
    x: int = 1
    def f(self): self.y = 1
print(list(A.__dict__))
print(A.__annotations__, A.__annotate__ is not None, list(A.__dict__))
class B: pass
print(B.__annotations__, B.__annotate__, list(B.__dict__))
class C(A): pass
print(C.__annotations__, list(C.__dict__))
t = type("T", (), {"__qualname__": 1}) if False else None
try:
    type("T", (), {"__qualname__": 1})
except TypeError as e: print(e)
try:
    int.__annotations__
except AttributeError as e: print(e)
