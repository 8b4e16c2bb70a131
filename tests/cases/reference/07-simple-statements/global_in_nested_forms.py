# 7.12 The global statement: effects in nested functions, classes, exec
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def outer():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(outer())
class C:
    global made_in_class
    made_in_class = "from class body"
    attr = made_in_class
print(made_in_class, C.attr, "made_in_class" in C.__dict__)
def exec_global():
    global via_exec
    exec("via_exec = 5")
    try:
        return via_exec
    except NameError as e:
        return "NameError: " + str(e)
print(exec_global())
exec("global ge\nge = 7")
print(ge)
def declares_but_never_assigns():
    global never
    try:
        return never
    except NameError as e:
        return "NameError: " + str(e)
print(declares_but_never_assigns())
def g():
    global counter
    del counter
g()
print("counter" in globals())
def h():
    for loop_global in range(2):
        pass
    global loop_global2
    for loop_global2 in range(3):
        pass
h()
print("loop_global" in globals(), loop_global2)
def lambda_global():
    global lg
    lg = lambda: lg
    return lg() is lg
print(lambda_global())
