g = {}
exec("x = len('abc')", g)
print(g["x"], "__builtins__" in g, type(g["__builtins__"]).__name__)
g2 = {"__builtins__": {"len": lambda s: 99}}
exec("y = len('abc')", g2)
print(g2["y"])
g3 = {"__builtins__": {}}
try:
    exec("print('hi')", g3)
except NameError as e:
    print("NameError:", e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
import builtins

print(eval("__builtins__ is builtins", {"builtins": builtins, "__builtins__": builtins}))
print(eval("1 + 1", {}))
g6 = {}
exec("def f():\n    return len", g6)
print(g6["f"]() is len, g6["f"].__builtins__ is g6["__builtins__"])
