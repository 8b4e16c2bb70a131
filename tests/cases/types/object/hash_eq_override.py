def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
t(lambda: hash(OnlyEq()))
t(lambda: {OnlyEq()})
class EqAndHash:
    def __eq__(self, o):
        return isinstance(o, EqAndHash)
    def __hash__(self):
        return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Sub(EqAndHash):
    def __eq__(self, o):
        return False
print(Sub.__hash__)
t(lambda: hash(Sub()))
class Sub2(EqAndHash):
    pass
print(hash(Sub2()))
class Explicit:
    __hash__ = None
t(lambda: hash(Explicit()))
print(isinstance(Explicit(), object), Explicit.__hash__)
class Restored(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Restored())).__name__)
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
class BigHash:
    def __hash__(self):
        return 2**64 + 5
print(hash(BigHash()) == hash(2**64 + 5))
class FloatHash:
    def __hash__(self):
        return 1.5
t(lambda: hash(FloatHash()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(7)
print(hash(IntSubHash()))
