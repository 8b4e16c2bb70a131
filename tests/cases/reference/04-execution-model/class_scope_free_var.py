def f():
    x = "outer"
    class C:
        try:
            print(x)
        except NameError as e:
            print(type(e).__name__ + ":", e)
        x = "inner"
        print(x)
    return C
f()
def g():
    a = 1
    class C:
        b = a + 1
        def m(self): return a
    return C
C = g()
print(C.b, C().m())
