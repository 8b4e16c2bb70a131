class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
a = A()
print(a.cls_attr, a.inst, A.cls_attr, (1).__class__.__name__, "s".upper())
for expr in ["a.missing", "A.missing", "(1).foo", "None.x", "'s'.nope"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
import math
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__ + ":", e)
