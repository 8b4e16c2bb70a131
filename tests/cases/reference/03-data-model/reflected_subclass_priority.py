class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A):
    def __radd__(self, o): return "B.radd"
class C(A): pass
print(A() + B())
print(A() + C())
print(1 + A())
class X:
    def __lt__(self, o): return "X.lt"
class Y(X):
    def __gt__(self, o): return "Y.gt"
print(X() < Y())
