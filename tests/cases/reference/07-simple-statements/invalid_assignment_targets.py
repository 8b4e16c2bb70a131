for src in ["1 = x", "f() = 1", "a + b = 1", "None = 1", "(a, 1) = x", "[x for x in y] = 1", "a if b else c = 1", "'s' = 1", "f() += 1", "(a, b) += 1", "del f()", "del 1", "x.y: int", "a, b: int = 1"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__ + ":", e.msg)
