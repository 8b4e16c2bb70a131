# isinstance()/issubclass() with objects that only pretend to be classes (__bases__, __class__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Fake:
    def __init__(self, *bases):
        self.__bases__ = bases
A = Fake()
B = Fake(A)
C = Fake(B)
t(lambda: issubclass(C, A))
t(lambda: issubclass(A, C))
t(lambda: issubclass(B, B))
t(lambda: issubclass(C, (int, A)))
t(lambda: issubclass(int, A))
t(lambda: issubclass(A, int))
class NotTuple:
    __bases__ = [1]
t(lambda: issubclass(NotTuple(), A))
t(lambda: issubclass(A, NotTuple()))
class Inst:
    def __init__(self, cls):
        self.__class__ = cls
t(lambda: isinstance(Inst(B), A) if False else "instance check")
class Proxy:
    @property
    def __class__(self):
        return int
t(lambda: isinstance(Proxy(), int))
t(lambda: isinstance(Proxy(), Proxy))
t(lambda: type(Proxy()).__name__)
class PretendInst:
    __class__ = C
t(lambda: isinstance(PretendInst(), A))
t(lambda: isinstance(PretendInst(), C))
t(lambda: isinstance(1, Fake()))
t(lambda: isinstance(1, NotTuple()))
