class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class D(B, A): pass
print([k.__name__ for k in D.__mro__])
