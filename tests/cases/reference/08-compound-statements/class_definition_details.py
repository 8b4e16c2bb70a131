print("before class")
class C:
    print("executing class body")
    x = 1
    y = x + 1
    def m(self): return self.y
print(C.y, C().m())
def factory(base):
    class Dyn(base):
        pass
    return Dyn
print(factory(dict).__mro__)
C2 = type("C2", (C,), {"z": 3})
print(C2.z, C2.y, C2.__name__)
try:
    class Bad(1, 2): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class Dup(C, C): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
