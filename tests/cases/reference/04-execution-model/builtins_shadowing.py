import builtins
print(len([1, 2]))
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
def f():
    return max(1, 2)
orig_max = builtins.max
builtins.max = lambda *a: "patched"
print(f())
del builtins.max
try:
    f()
except NameError as e:
    print(type(e).__name__ + ":", e)
finally:
    builtins.max = orig_max
print(f())
