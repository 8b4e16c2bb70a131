# 6.2.8 Generator expressions: the first iterable is evaluated immediately, the rest lazily
def src(name, items):
    print("evaluating", name)
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10]))
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g2, "exhausted after error"))
g3 = (i for i in range(3))
print(g3.__name__, g3.__qualname__, type(g3).__name__, iter(g3) is g3)
print(sum(i for i in range(5)), max((i for i in "abc"), key=ord))
print(list(i for i in range(3) if i != 1), list((i, j) for i in range(2) for j in range(i)))
def f():
    n = 2
    return (n * i for i in range(3))
print(list(f()))
x = 10
g4 = (x for _ in range(2))
x = 20
print(list(g4))
g5 = (a for a in [1])
print(g5.gi_running, g5.gi_frame is not None, list(g5), g5.gi_frame)
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print((lambda *a: a)(*(i for i in range(2))))
