for src in ["f(x for x in y, 1)", "f(1, x for x in y)", "f(x for x in y)", "[x for x in 1, 2]", "[*x for x in y]", "{**d for d in y}"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
