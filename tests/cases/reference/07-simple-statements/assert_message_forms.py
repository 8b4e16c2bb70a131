# 7.3 The assert statement: message evaluated only on failure, any object as message
def t(f):
    try:
        print(repr(f()))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
def lazy():
    def msg():
        print("message evaluated")
        return "m"
    assert True, msg()
    assert False, msg()
t(lazy)
def tuple_msg():
    assert 0, (1, 2)
t(tuple_msg)
def none_msg():
    assert [], None
t(none_msg)
def no_msg():
    assert ""
t(no_msg)
def exc_msg():
    assert 0, ValueError("inner")
t(exc_msg)
def truthy():
    assert [0]
    assert 1 == 1, "never"
    return "passed"
t(truthy)
class Raising:
    def __bool__(self):
        raise RuntimeError("bool raised")
try:
    assert Raising()
except RuntimeError as e:
    print("RuntimeError:", e)
import builtins
saved = builtins.AssertionError
class MyAssert(Exception):
    pass
builtins.AssertionError = MyAssert
try:
    assert False, "which class"
except Exception as e:
    print(type(e).__name__, e)
builtins.AssertionError = saved
print(__debug__)
