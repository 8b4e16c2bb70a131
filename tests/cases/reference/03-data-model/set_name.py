class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class M:
    x = Field()
    y = Field()
print(M.x.name, M.y.name)
f = Field()
class N: pass
N.z = f   # no __set_name__ on later assignment
print(hasattr(f, 'name'))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class K:
        b = Bad()
except ValueError as e:
    print(type(e).__name__ + ":", e, "| notes:", getattr(e, '__notes__', None))
