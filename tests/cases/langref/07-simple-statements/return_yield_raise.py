# 7.6 return, 7.7 yield, 7.8 raise (with from, bare re-raise, chaining).
def r(x):
    if x:
        return x, "tuple"
    return
print(r(1), r(0))
def g():
    x = yield 1
    print("got", x)
    yield from [2, 3]
    return "done"
it = g()
print(next(it), it.send("hello"), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    raise ValueError("boom") from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("suppressed") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
