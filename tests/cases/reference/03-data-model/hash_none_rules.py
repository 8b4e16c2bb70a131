# 3.3.1 __hash__: defining __eq__ sets __hash__ to None; __hash__ = None makes instances unhashable
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class E:
    def __eq__(self, o):
        return True
print(E.__hash__, "__hash__" in E.__dict__)
t(lambda: hash(E()))
t(lambda: {E()})
t(lambda: {E(): 1})
class EH(E):
    def __hash__(self):
        return 42
t(lambda: hash(EH()))
class Sub(E):
    pass
t(lambda: hash(Sub()))
class N:
    __hash__ = None
t(lambda: hash(N()))
class Keep:
    def __eq__(self, o):
        return NotImplemented
    __hash__ = object.__hash__
kp = Keep()
t(lambda: hash(kp) == hash(kp))
class BigHash:
    def __hash__(self):
        return 2 ** 70
t(lambda: hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
t(lambda: hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
t(lambda: hash(BadHash()))
class FloatHash:
    def __hash__(self):
        return 1.0
t(lambda: hash(FloatHash()))
class BoolHash:
    def __hash__(self):
        return True
t(lambda: hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int):
            pass
        return I(7)
t(lambda: hash(IntSubHash()))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [2])))
t(lambda: hash(frozenset([1])) == hash(frozenset([1])))
t(lambda: hash(1) == hash(1.0) == hash(True))
t(lambda: hash(-1), )
t(lambda: hash(-2))
t(lambda: hash(float("inf")))
t(lambda: hash(0.0))
t(lambda: hash(complex(1, 0)) == hash(1))
