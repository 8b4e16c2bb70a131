# 7.2.2 Annotated assignment: targets, evaluation of the annotation and of the target
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def p(v):
    print("eval", v)
    return v
class C:
    a: int = 1
    b: p("str")
    (c): int = 3
print(C.a, hasattr(C, "b"), C.c)
print(C.__annotations__)
obj = type("O", (), {})()
obj.x: p("ann not evaluated?") = 5
print(obj.x)
lst = [0]
lst[p(0)]: p("lst ann") = 9
print(lst)
def func():
    y: int
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(func())
def func2():
    z: list = []
    z.append(1)
    return z
print(func2(), func2.__annotations__ if hasattr(func2, "__annotations__") else None)
for src in ["a, b: int = 1, 2", "(a, b): int", "[a]: int", "a: int, b: int", "*a: int = 1", "a: int += 1", "f(): int", "a.b: int", "a[0]: int = 1", "x: yield = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
