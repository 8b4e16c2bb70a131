for src in ["a = 1 ? 2", "x = $", "print(1))", "(1, 2", "[1, 2)", "a = `b`", "x = 1\x00"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__ + ":", e.msg)
