# 3.3.12 Special method lookup: implicit invocations look on the type, not the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class H:
    pass
h = H()
h.__hash__ = lambda: 5
h.__eq__ = lambda o: True
print(hash(h) == hash(h), h == H(), h.__eq__(1))
h.__iter__ = lambda: iter([1])
try:
    iter(h)
except TypeError as e:
    print("TypeError:", e)
h.__call__ = lambda: "called"
try:
    h()
except TypeError as e:
    print("TypeError:", e)
h.__enter__ = lambda: 1
h.__exit__ = lambda *a: None
try:
    with h:
        pass
except TypeError as e:
    print("TypeError:", e)
h.__add__ = lambda o: 3
try:
    h + 1
except TypeError as e:
    print("TypeError:", e)
# the metaclass is consulted for operations on the class itself
class Meta(type):
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return ("meta", k)
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), len(K()), K["x"])
# __getattribute__ on the instance's class is bypassed by implicit lookup
class G:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 4
g = G()
print(len(g))
print(g.__len__())
