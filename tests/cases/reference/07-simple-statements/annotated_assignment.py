x: int = 5
y: str
print(x, __annotations__ if False else 'ok')
import sys
mod = sys.modules[__name__]
print(mod.__annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__ + ":", e)
class C:
    a: int
    b: "str" = "b"
    c: list[int] = []
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f():
    z: undefined_name_not_evaluated = 1
    w: int
    return z
print(f())
