class C:
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(1), callable(lambda: 0), callable(None))
print(type(1), type("s"), type(1.0), type(None), type([]), type(type), type(C()), type(C().m), type(len), type(print))
print(type(1) is int, type(True) is bool, id(C) == id(C), id(1) == id(1), type("X", (), {"a": 1})().a)
a = C()
b = a
print(id(a) == id(b), id(a) != id(C()), isinstance(id(a), int))
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
