for src in ["'abc", '"abc', "'''abc", '"""abc\n\n', "f'abc", "b'x"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno)
