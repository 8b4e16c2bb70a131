# 3.3.1 Rich comparisons: reflected operands, NotImplemented, subclass priority
log = []
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"{type(self).__name__}({self.n})"
    def __lt__(self, o):
        log.append(("lt", self, o)); return NotImplemented
    def __gt__(self, o):
        log.append(("gt", self, o)); return NotImplemented
    def __eq__(self, o):
        log.append(("eq", self, o)); return NotImplemented
    def __le__(self, o):
        log.append(("le", self, o)); return NotImplemented
class B(A):
    pass
def t(f):
    log.clear()
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(r, log)
t(lambda: A(1) < A(2))
t(lambda: A(1) < B(2))
t(lambda: B(1) < A(2))
t(lambda: A(1) == A(1))
t(lambda: A(1) == B(1))
t(lambda: A(1) != A(1))
t(lambda: A(1) <= 3)
t(lambda: 3 <= A(1))
t(lambda: A(1) >= A(2))
class Sub(int):
    def __eq__(self, o):
        return "sub eq"
    def __lt__(self, o):
        return "sub lt"
    def __gt__(self, o):
        return "sub gt"
print(1 == Sub(1), Sub(1) == 1, 1 < Sub(2), 1 > Sub(2))
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 1, 1 != OnlyEq())
class NeDefined:
    def __ne__(self, o):
        return "ne"
print(NeDefined() == NeDefined(), NeDefined() != 1)
for a, b in [(1, "a"), ([], ()), (None, None), (1j, 2j), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    A(1) >= 2
except TypeError as e:
    print("TypeError:", e)
