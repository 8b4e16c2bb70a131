def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, (str, (int, float))))
t(lambda: isinstance(1, [int]))
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, ()))
t(lambda: isinstance(None, type(None)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
t(lambda: isinstance("magic", M))
t(lambda: isinstance(M(), M))
t(lambda: issubclass(int, M))
t(lambda: issubclass(M, M))
t(lambda: int | None)
t(lambda: (int | str).__args__)
t(lambda: int | 5)
