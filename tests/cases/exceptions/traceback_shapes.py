import sys
sys.stderr = sys.stdout
class Obj:
    def method(self, x):
        return x.missing_attr
    @property
    def prop(self):
        return 1 // 0
o = Obj()
data = {"a": [1, 2, 3]}
def f1(): return o.method(o)
def f2(): return o.prop
def f3(): return data["a"][10]
def f4():
    return (data["a"][0] +
            data["b"])
def f5(): return len(data, 2)
def f6(): return [1, 2][0] ** "x"
def f7():
    x = int("not a number")
    return x
def f8(): return o.method(
    5,
)
def f9(): raise ValueError("plain raise")
def f10(): return undefined_thing.attr
def f11():
    for ch in 5:
        pass
def f12(): return {}.get(1)[0]
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12]:
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
