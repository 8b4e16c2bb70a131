# bool()/int()/float() calls: argument forms and conversion protocols
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (bool(), bool(0), bool(""), bool([0]), bool(float("nan")), bool(0j), bool(-0.0)))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
t(lambda: (int(), int(3.99), int(-3.99), int(True), int("  -12  "), int(1e18)))
t(lambda: int(1, 2))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int("1", "2"))
class Trunc:
    def __trunc__(self):
        return 7
t(lambda: int(Trunc()))
class IntRet:
    def __int__(self):
        return True
t(lambda: int(IntRet()))
class IdxInt:
    def __index__(self):
        return 11
    def __int__(self):
        return 12
t(lambda: int(IdxInt()))
class OnlyIdx:
    def __index__(self):
        return 13
t(lambda: int(OnlyIdx()))
class FloatOnly:
    def __float__(self):
        return 1.5
t(lambda: int(FloatOnly()))
t(lambda: float(OnlyIdx()))
t(lambda: (float(), float(" 1e3 "), float(-0), float(True), float(2 ** 63)))
t(lambda: float(1, 2))
t(lambda: float("1", base=10))
t(lambda: (type(bool(1)).__name__, bool.__new__(bool), bool.__new__(bool, [])))
t(lambda: bool.__new__(int))
t(lambda: int.__new__(int, "5"))
t(lambda: float.__new__(float, "2.5"))
t(lambda: float.__new__(int))
