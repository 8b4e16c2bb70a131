# 7.6 return: value becomes StopIteration.value in generators; finally still runs
def g():
    try:
        yield 1
        return "done"
    finally:
        print("g finally")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e.value))
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("finally for", i)
print(f())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def ret_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a)
            return False
    with CM():
        return "from with"
print(ret_in_with())
def ret_none():
    return
print(ret_none(), (lambda: None)())
def ret_tuple():
    return 1, *[2, 3]
print(ret_tuple())
def gen_return_tuple():
    return (yield)
gt = gen_return_tuple()
next(gt)
try:
    gt.send((1, 2))
except StopIteration as e:
    print(e.value, e.args)
def gen_return_stopiteration():
    yield
    return StopIteration("as value")
gs = gen_return_stopiteration()
next(gs)
try:
    next(gs)
except StopIteration as e:
    print(type(e.value).__name__, e.value)
def raise_stop():
    yield 1
    raise StopIteration("inside generator")
try:
    list(raise_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
