# 6.11 Boolean operations return an operand, evaluate lazily and call __bool__ once
class T:
    def __init__(self, v, name):
        self.v, self.name = v, name
    def __bool__(self):
        print("bool", self.name)
        return self.v
    def __repr__(self):
        return self.name
a, b, c = T(True, "a"), T(False, "b"), T(True, "c")
print(a and b)
print(b and a)
print(a or b)
print(b or c)
print(b or b and c)
print(a and b or c)
print(not a, not b)
r = a and c and b
print(r)
print([] or {} or 0 or "" or None)
print(1 and 2 and 3, 0 and 1/0, 1 or 1/0)
if b or a:
    print("if used truth")
x = T(False, "x")
while x:
    pass
print(x if x else "x falsy")
print(all([a, c]), any([b, b]))
print([v for v in [a, b, c] if v])
class Raising:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
try:
    Raising() or 1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(0 and Raising(), 1 or Raising())
