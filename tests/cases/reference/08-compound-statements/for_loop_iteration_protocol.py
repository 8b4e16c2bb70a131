# 8.3 The for statement: the iterable is evaluated once; the target is assigned each time
def p(v):
    print("evaluate iterable")
    return v
for x in p([1, 2]):
    print(x)
items = [1, 2, 3]
for i in items:
    if i == 1:
        items.append(4)
    print("seen", i)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
for v in Counter():
    print("value", v)
d = {}
for d["key"] in range(2):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for _ in range(0):
    print("never")
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    raise ValueError("inside iteration")
try:
    for x in gen():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    i = 10
print(i)
