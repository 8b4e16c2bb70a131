def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(NotImplemented), type(NotImplemented).__name__)
t(lambda: bool(NotImplemented))
t(lambda: (1).__add__("a"))
t(lambda: "a".__mul__(1.5))
t(lambda: [].__eq__(5))
t(lambda: type(NotImplemented)())
class A:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
t(lambda: A() == A())
t(lambda: A() != 1)
t(lambda: A() < A())
t(lambda: A() + 1)
class B:
    def __radd__(self, o):
        return "B.radd"
    def __gt__(self, o):
        return "B.gt"
t(lambda: A() + B())
t(lambda: A() < B())
