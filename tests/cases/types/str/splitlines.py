def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
t(lambda: "a\nb\r\n".splitlines(True))
t(lambda: "a\nb\r\n".splitlines(keepends=True))
t(lambda: "".splitlines())
t(lambda: "\n".splitlines())
t(lambda: "x\r".splitlines(1))
t(lambda: "x".splitlines("y"))
