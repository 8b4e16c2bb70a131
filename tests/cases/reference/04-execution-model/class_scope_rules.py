x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]   # comprehension can't see class x
    z = x
    def m(self): return x
print(C.y, C.z, C().m())
def f():
    v = "func"
    class D:
        try:
            w = v
        except NameError as e:
            w = type(e).__name__ + ": " + str(e)
        v = "class-v"
        u = v
    return D
D = f()
print(D.w, D.u)
