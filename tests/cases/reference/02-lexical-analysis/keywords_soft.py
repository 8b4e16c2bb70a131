match = 1; case = 2; type = 3; _ = 4
print(match, case, type, _)
del type
for src in ["class = 1", "None = 1", "True = 1", "def if(): pass", "lambda = 2", "match = case = 5", "def match(case): return case"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__ + ":", e.msg)
