class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool))
print(issubclass(B, A), issubclass(bool, int), issubclass(A, (int, A)), issubclass(A, object), isinstance(None, type(None)))
print(isinstance([], (list, (tuple, dict))), isinstance(int, type), isinstance(type, type), isinstance(1, int | str))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("other", M))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
