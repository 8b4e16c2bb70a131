# 4.2.2 Class scope: names bound in a class body are not visible in nested function scopes
x = "global x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    lam = lambda self: x
    gen = list(x for _ in range(1))
    comp = [x for _ in range(1)]
    first_iter = [c for c in x[:3]]
print(C.y, C().method(), C().lam(), C.gen, C.comp, C.first_iter)
def outer():
    v = "outer v"
    class D:
        v = "class v"
        def m(self):
            return v
        w = v
    return D().m(), D.w
print(outer())
def outer2():
    a = "enclosing"
    class E:
        print(a)
        a = "class-level"
        print(a)
    return E.a
print(outer2())
def outer3():
    b = "enclosing b"
    class F:
        print(b)
    return F
outer3()
class G:
    n = 3
    try:
        squares = [i * n for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    vals = [i for i in range(n)]
print(G.vals)
class H:
    z = 10
    def get(self):
        return __class__.z, H.z
print(H().get())
