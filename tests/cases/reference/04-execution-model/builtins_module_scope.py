# 4.2.4 Builtins and restricted execution: __builtins__ in the globals of exec/eval
import builtins
ns = {}
exec("x = len('abc')", ns)
print(ns["x"], type(ns["__builtins__"]).__name__)
try:
    exec("len('a')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len", {"__builtins__": {"len": "custom"}}))
print(eval("abs(-1)", {"__builtins__": builtins}))
builtins.my_extra = "added"
print(my_extra)
del builtins.my_extra
try:
    my_extra
except NameError as e:
    print("NameError:", e)
def f():
    return len
len = lambda o: "shadowed"
print(f()("x"), builtins.len("x"))
del len
print(f()("x"))
