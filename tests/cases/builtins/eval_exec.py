print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval(" 3 "))
ns = {}
exec("a = 5\ndef f():\n    return a * 2", ns)
print(ns["a"], ns["f"](), "__builtins__" in ns)
loc = {}
exec("b = 1", {}, loc)
print(loc)
code = compile("z = 10", "<s>", "exec")
g = {}
exec(code, g)
print(g["z"], eval(compile("2 ** 8", "<e>", "eval")))
for src in ["1 +", "x = ", "undefined_name"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
