# getattr() of special names on instances, classes, modules and builtins
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    """C doc"""
    x = 1
c = C()
t(lambda: getattr(c, "__class__").__name__)
t(lambda: getattr(C, "__doc__"))
t(lambda: getattr(c, "__doc__"))
t(lambda: getattr(C, "__name__"))
t(lambda: getattr(c, "__name__"))
t(lambda: getattr(c, "__dict__"))
t(lambda: hasattr(C, "__mro__"), hasattr(c, "__mro__"))
t(lambda: getattr(sys, "__name__"))
t(lambda: getattr(sys, "no_such_attr"))
t(lambda: getattr(len, "__name__"))
t(lambda: getattr(len, "__dict__"))
t(lambda: getattr(1, "__class__"))
t(lambda: getattr(None, "__bool__")())
t(lambda: getattr(int, "from_bytes")(b"\x01\x00", "little"))
t(lambda: getattr(str, "join")("-", "ab"))
t(lambda: getattr([], "__len__")())
t(lambda: getattr(type, "__call__")(int, "7"))
t(lambda: hasattr(object(), "__dict__"))
t(lambda: hasattr(c, "__weakref__"))
t(lambda: hasattr(C, "__slots__"))
t(lambda: getattr(C, "__qualname__"))
t(lambda: getattr(c, "__qualname__"))
t(lambda: getattr(C.__dict__, "x"))
t(lambda: getattr(C.__dict__, "get")("x"))
