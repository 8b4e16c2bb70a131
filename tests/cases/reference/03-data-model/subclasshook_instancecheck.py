class Meta(type):
    def __instancecheck__(cls, inst): return isinstance(inst, int)
    def __subclasscheck__(cls, sub): return sub is bool
class Intish(metaclass=Meta): pass
print(isinstance(3, Intish), isinstance("a", Intish), issubclass(bool, Intish), issubclass(int, Intish))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
