c = compile("x = 1\ny = x + 1\n", "<exec>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
print(exec(c, ns), ns["y"])
e = compile("1 + 2 * 3", "<eval>", "eval")
print(eval(e), e.co_name)
s = compile("5 * 5", "<single>", "single")
print("single returns:", exec(s))
s2 = compile("None", "<single>", "single")
exec(s2)
s3 = compile("a = 3", "<single>", "single")
exec(s3, ns)
print(ns["a"])
s4 = compile("if True:\n    'in block'\n", "<single>", "single")
exec(s4)
s5 = compile("'a'; 'b'", "<single>", "single")
exec(s5)
for mode in ["exec", "eval", "single", "func_type", "bad", ""]:
    try:
        compile("1", "<m>", mode)
        print(mode, "ok")
    except (ValueError, SyntaxError) as ex:
        print(mode, type(ex).__name__ + ":", ex)
for src, mode in [("x = 1", "eval"), ("1\n2\n", "single"), ("", "eval"), ("", "exec"), ("", "single"), ("def f(): pass", "single"), ("# comment", "single")]:
    try:
        compile(src, "<m>", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as ex:
        print(repr(src), mode, "SyntaxError:", ex.msg)
