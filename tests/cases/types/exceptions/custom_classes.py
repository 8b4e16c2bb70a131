def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(7, "bad thing")
except MyErr as e:
    print(type(e).__name__ + ":", e, "|", repr(e), e.args, e.code)
class NoInit(ValueError):
    pass
print(repr(NoInit(1, 2)), str(NoInit()), str(NoInit("x")))
t(lambda: (_ for _ in ()).throw(NoInit("thrown")))
def raise_non_exc():
    raise 5
t(raise_non_exc)
def raise_class():
    raise KeyError
t(raise_class)
class BadNew(Exception):
    def __new__(cls, *a):
        return 5
def raise_bad():
    raise BadNew
t(raise_bad)
