cases = ["1 + 'a'", "'a' - 'b'", "[1] * 'x'", "{} + {}", "None < 1", "1 @ 2", "~1.5", "-'s'", "'a' ** 2", "[] < ()", "1 << 1.0", "1.0 & 1", "(1,) + [2]"]
for c in cases:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", type(e).__name__ + ":", e)
