print(exec("1"))
print(eval("[1, 2][-1]"))
ns = {}
print(exec("def f():\n    return 1", ns), sorted(k for k in ns if k != "__builtins__"))
print(eval("   1 + 1   "))
print(eval("\n\n1\n"))
print(eval("\t2"))
try:
    eval(" \n 1")
    print("leading newline ok")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("1 # comment"))
print(eval("x if True else y"))
print(eval("(yield_ := 5) + yield_"))
print(exec("import sys as _sys", ns), "_sys" in ns)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
src = "x = 1\r\ny = 2\rz = x + y\n"
d = {}
exec(src, d)
print(d["z"])
print(eval("'\\u00e9'"), eval("'é'"), eval("b'\\xff'"))
print(eval("# -*- coding: latin-1 -*-\n'\xe9'".encode("latin-1")))
