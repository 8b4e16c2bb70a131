for src in ["x = 1\ndef f():\n    print(x)\n    global x\n",
            "def f():\n    x = 1\n    global x\n",
            "def f(x):\n    global x\n",
            "def f():\n    global x\n    global x\n    x = 1\n",
            "class C:\n    global y\n    y = 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno)
