def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    cls_attr = 1
    def meth(self): pass
a = A()
a.inst = 2
d = dir(a)
print([x for x in d if not x.startswith("__")], "__init__" in d, d == sorted(d))
class R:
    def __repr__(self):
        return "R!"
print(R(), str(R()), [R()], f"{R()!s}", "%s %r" % (R(), R()))
class S:
    def __str__(self):
        return "S-str"
print(S(), [S()][0].__str__(), repr(S()).startswith("<__main__.S object at "))
class Bad:
    def __repr__(self):
        return 5
t(lambda: repr(Bad()))
t(lambda: str(Bad()))
class BadStr:
    def __str__(self):
        return None
t(lambda: str(BadStr()))
t(lambda: print(BadStr()))
class CustomDir:
    def __dir__(self):
        return ["b", "a"]
print(dir(CustomDir()))
