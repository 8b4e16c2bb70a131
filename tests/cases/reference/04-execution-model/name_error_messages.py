try:
    undefined_name
except NameError as e:
    print(type(e).__name__ + ":", e, e.name)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__ + ":", e)
def f():
    global gg
    return gg
try:
    f()
except NameError as e:
    print(type(e).__name__ + ":", e)
