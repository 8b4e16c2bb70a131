# A name error in a lazily evaluated bound, constraint or default surfaces on access,
# every time until it is fixed (the failure is not cached).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box[T: Missing, S: (Absent, int), D = NotYet]:
    pass


T, S, D = Box.__type_params__
t(lambda: T.__bound__)
t(lambda: S.__constraints__)
t(lambda: D.__default__)
t(lambda: T.__bound__)
Missing = "now defined"
Absent = bytes
NotYet = None
t(lambda: T.__bound__)
t(lambda: S.__constraints__)
t(lambda: D.__default__)
del Missing
t(lambda: T.__bound__)


def raising():
    raise ValueError("computed bound failed")


def f[U: raising()]():
    pass


t(lambda: f.__type_params__[0].__bound__)
t(lambda: f.__type_params__[0].__bound__)
