# The C lru_cache (functools.lru_cache wraps it with functools._CacheInfo; the import system does
# not read the stdlib yet, so the wrapper is used directly with a stand-in info type).
from _functools import _lru_cache_wrapper


def info(*a):
    return a


calls = []


def square(x, *, scale=1):
    calls.append(x)
    return x * x * scale


f = _lru_cache_wrapper(square, 3, False, info)
print([f(i % 5) for i in range(12)], f.cache_info(), len(calls))
print(f(1), f(1.0), f(True), f.cache_info())
print(f(2, scale=3), f(2, scale=3), f.cache_info())
f.cache_clear()
print(f.cache_info())

g = _lru_cache_wrapper(square, None, True, info)
print(g(1), g(1.0), g(2), g(1), g.cache_info())
h = _lru_cache_wrapper(square, 0, False, info)
print(h(3), h(3), h.cache_info())
n = _lru_cache_wrapper(square, -5, False, info)
print(n(2), n.cache_info())

fib_calls = 0


def fib(n):
    global fib_calls
    fib_calls += 1
    return n if n < 2 else fibc(n - 1) + fibc(n - 2)


fibc = _lru_cache_wrapper(fib, None, False, info)
print(fibc(80), fib_calls, fibc.cache_info())


class A:
    def __init__(self):
        self.n = 0

    def method(self, x):
        self.n += 1
        return (self.n, x)

    method = _lru_cache_wrapper(method, 10, False, info)


a = A()
print(a.method(5), a.method(5), A.method.cache_info(), type(A.method).__name__)
f.__wrapped__ = square
f.extra = 1
print(f.__wrapped__ is square, f.extra, f.__copy__() is f)
for t in [lambda: _lru_cache_wrapper(1, 1, False, info), lambda: _lru_cache_wrapper(square, "x", False, info),
          lambda: f({}), lambda: _lru_cache_wrapper(square)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
