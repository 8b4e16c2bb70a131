for src in [r"'\x4'", r"'\u12'", r"'\U1234567'", r"'\N{NO SUCH NAME}'", r"'\N'", r"b'\u1234'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
