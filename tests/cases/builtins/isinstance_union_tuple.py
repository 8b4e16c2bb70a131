# isinstance()/issubclass(): tuples, nested tuples, unions, __instancecheck__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, (str, (float, (int,)))))
t(lambda: isinstance(1, int | str))
t(lambda: isinstance(None, int | None))
t(lambda: isinstance("a", int | float))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(1, ()))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (5, int)))
t(lambda: isinstance(1, list[int]))
t(lambda: isinstance([], list[int] | None))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (1, object)))
t(lambda: issubclass(int, (str, 1)))
t(lambda: issubclass(list[int], list))
t(lambda: isinstance())
t(lambda: isinstance(1, int, str))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
t(lambda: isinstance("magic", Magic))
t(lambda: isinstance(Magic(), Magic))
t(lambda: isinstance(3, (int, Magic)))
t(lambda: isinstance(3, (Magic, int)))
t(lambda: issubclass(str, Magic))
t(lambda: issubclass(Magic, Magic))
t(lambda: isinstance(1, int | Magic))
class FakeBases:
    __bases__ = ()
class FakeInst:
    __class__ = int
t(lambda: isinstance(FakeInst(), int))
t(lambda: issubclass(FakeBases(), FakeBases()))
t(lambda: isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
t(lambda: issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
