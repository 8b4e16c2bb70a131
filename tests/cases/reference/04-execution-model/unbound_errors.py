# 4.2.2 Resolution of names: UnboundLocalError and free variables without a value
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = "global"
def local_later():
    print(x)
    x = 1
t(local_later)
def deleted():
    y = 1
    del y
    return y
t(deleted)
def free_unbound():
    def inner():
        return z
    r = inner
    z = 1
    del z
    return r()
t(free_unbound)
def free_before():
    def inner():
        return w
    return inner()
    w = 2
t(free_before)
def del_free():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    return v
t(del_free)
def cond(flag):
    if flag:
        q = 1
    return q
t(lambda: cond(True))
t(lambda: cond(False))
def except_name():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
t(except_name)
def aug():
    n += 1
t(aug)
def in_class():
    k = 5
    class C:
        k = k
    return C.k
t(in_class)
print(issubclass(UnboundLocalError, NameError))
try:
    local_later()
except NameError as e:
    print(type(e).__name__, e.name)
