def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "x"), "%s %d %r" % (True, True, False))
def sub():
    class B(bool):
        pass
t(sub)
t(lambda: bool.__new__(bool, 5))
t(lambda: int(True))
t(lambda: float(False))
t(lambda: True.real)
t(lambda: True.bit_length())
t(lambda: True is bool(1))
t(lambda: isinstance(True, int))
t(lambda: bool.__mro__)
