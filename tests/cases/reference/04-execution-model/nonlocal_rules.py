def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
    mid()
    return x
print(outer())
for src in ["def f():\n    nonlocal x\n", "nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
