class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class C(Proxy()): pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__)
class NoTuple:
    def __mro_entries__(self, bases): return dict
try:
    class D(NoTuple()): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class E(1): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
