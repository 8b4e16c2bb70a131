def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()], A.__subclasses__() == [B, C], D.__bases__, D.__base__)
t(lambda: type("E", (B, A, C), {}))
class Meta(type):
    def mro(cls):
        return [cls, object]
class F(B, metaclass=Meta): pass
print([k.__name__ for k in F.__mro__], issubclass(F, B), isinstance(F(), A))
class IC(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class G(metaclass=IC): pass
print(isinstance(42, G), isinstance(41, G), issubclass(int, G), issubclass(str, G), isinstance(G(), G), type(G()) is G)
print(isinstance(1, (str, G)), issubclass(bool, (G, str)))
t(lambda: isinstance(1, 5))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, (int, 5)))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (str, 5)))
t(lambda: type.mro(5))
print(type(A.__dict__).__name__, "__module__" in A.__dict__, A.__dict__.get("x", "none"))
t(lambda: A.__dict__.__setitem__("x", 1))
t(lambda: setattr(A, "__mro__", ()))
t(lambda: setattr(A, "__bases__", ()))
t(lambda: setattr(B, "__bases__", (int,)))
t(lambda: setattr(B, "__bases__", (B,)))
class P: pass
class Q: pass
class R(P): pass
R.__bases__ = (Q,)
print(R.__mro__[1].__name__, P.__subclasses__(), Q.__subclasses__() == [R])
