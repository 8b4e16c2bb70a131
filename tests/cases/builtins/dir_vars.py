class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def meth(self):
        pass
p = P()
print([n for n in dir(p) if not n.startswith("_")], vars(p), sorted(k for k in vars(P) if not k.startswith("_")))
print("append" in dir([]), "__len__" in dir("s"), dir(P) == sorted(dir(P)))
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
