def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B.radd"
    def __gt__(self, o):
        print("B.__gt__")
        return NotImplemented
print(A() == B())
print(A() != B())
print(A() + B())
t(lambda: A() < B())
class SubB(A):
    def __radd__(self, o):
        print("SubB.__radd__")
        return "sub wins"
    def __eq__(self, o):
        print("SubB.__eq__")
        return True
print(A() + SubB())
print(A() == SubB())
t(lambda: A() + 1)
t(lambda: 1 + A())
class Inplace:
    def __iadd__(self, o):
        print("__iadd__")
        return NotImplemented
    def __add__(self, o):
        print("__add__")
        return "added"
x = Inplace()
x += 1
print(x)
class NoOps: pass
y = NoOps()
def f():
    global y
    y += 1
t(f)
