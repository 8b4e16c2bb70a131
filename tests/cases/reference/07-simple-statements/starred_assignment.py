a, *b = 1, 2, 3; print(a, b)
*a, b = [1]; print(a, b)
a, *b, c = range(5); print(a, b, c)
[a, *b] = "x"; print(a, b)
(a, b), *c = (1, 2), 3, 4; print(a, b, c)
*a, = {1}; print(a)
for src in ["*a = [1]", "a, *b, *c = x", "*a, *b = 1,"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
