# 7.1 Expression statements: evaluated for side effects, values discarded (no display in scripts)
def side(v):
    print("side effect", v)
    return v
side(1)
side(2) + side(3)
[side(i) for i in range(2)]
1 + 1
"a string statement"
...
None
x = 5
x
(lambda: print("lambda called"))()
side(0) or side("or-right")
side(1) and side("and-right")
side(True) if side(False) else side("else")
def gen():
    print("generator body not run")
    yield
gen()
print([].append(1))
class C:
    def __getattr__(self, name):
        print("getattr", name)
        return 0
C().anything
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
