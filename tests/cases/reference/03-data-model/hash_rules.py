class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class EqAndHash:
    def __eq__(self, o): return isinstance(o, EqAndHash)
    def __hash__(self): return 7
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Child(EqAndHash):
    def __eq__(self, o): return False
print(Child.__hash__)
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
