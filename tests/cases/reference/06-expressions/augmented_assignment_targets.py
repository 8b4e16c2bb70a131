# 7.2.1 Augmented assignment evaluates the target's primary and subscript once
class Trace:
    def __init__(self):
        self.data = {"k": 1}
        self._a = 10
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
    @property
    def a(self):
        print("get a")
        return self._a
    @a.setter
    def a(self, v):
        print("set a", v)
        self._a = v
calls = []
t = Trace()
def obj():
    calls.append("obj")
    return t
def key():
    calls.append("key")
    return "k"
obj()[key()] += 5
print(calls, t.data)
calls.clear()
obj().a *= 2
print(calls, t._a)
lst = [1, 2, 3]
i = 0
lst[i] += 10
print(lst)
lst[1:] += [4]
print(lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
class NoSet:
    def __getitem__(self, k):
        return 1
try:
    NoSet()[0] += 1
except TypeError as e:
    print("TypeError:", e)
class RO:
    @property
    def p(self):
        return 1
r = RO()
try:
    r.p += 1
except AttributeError as e:
    print("AttributeError:", e)
s = {"a": 1}
s["a"] -= 1; s["a"] //= 1 if s["a"] else 1
print(s)
x = 5
x **= 2; x %= 7; x <<= 3; x >>= 1; x &= 0xF; x |= 0x10; x ^= 3
print(x)
def f():
    global G
    G += 1
G = 1
f()
print(G)
