# 8.7 Decorators: any expression (PEP 614), applied bottom-up, evaluated top-down
log = []
def make(name):
    log.append("make " + name)
    def d(f):
        log.append("apply " + name)
        return f
    return d
decorators = {"a": make("a"), "b": [make("b")]}
@decorators["a"]
@decorators["b"][0]
@(lambda f: (log.append("lambda"), f)[1])
@make("c") if True else None
def func():
    return "func"
print(log, func())
class Obj:
    def method(self, f):
        f.marked = True
        return f
o = Obj()
@o.method
def g():
    pass
print(g.marked)
@x := make("walrus")
def h():
    pass
print(x.__name__ if hasattr(x, "__name__") else x)
def counter(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@counter
def inc(v):
    return v + 1
print(inc(1), inc(2), inc.calls, inc.__name__)
try:
    @5
    def bad():
        pass
except TypeError as e:
    print("TypeError:", e)
@staticmethod
def free():
    return "free static"
print(type(free).__name__, free())
