def a(): return
def b(): return 1, 2
def c(): return *[1], 2
def d():
    try:
        return "try"
    finally:
        print("finally runs")
def e():
    for i in range(10):
        if i == 3:
            return i
print(a(), b(), c(), d(), e())
for src in ["return 1", "class C:\n    return 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as err:
        print(type(err).__name__ + ":", err.msg)
