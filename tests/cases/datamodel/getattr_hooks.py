class M(type):
    def __getattr__(cls, name):
        return "M.getattr:" + name
class A(metaclass=M):
    x = 1
print(A.x, A.y, A.__name__)
class G:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
    @property
    def p(self):
        raise AttributeError("inner")
g = G()
try:
    g.p
except AttributeError as e:
    print(e)
print(hasattr(g, "q"), getattr(g, "q", "dflt"))
