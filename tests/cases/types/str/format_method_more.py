def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("{} {}".format(1, 2), "{1} {0}".format(1, 2), "{a}{b}".format(a=1, b=2), "{0}{0}".format("x"), "{{}}".format(), "{{{}}}".format(5))
print("{0.real} {0.imag}".format(1 + 2j), "{0[1]}".format([4, 5]), "{0[x]}".format({"x": 9}), "{0[1][0]}".format([[1], [2]]), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{:%}".format(0.5), "{:,}".format(10**9), "{:_b}".format(255))
t(lambda: "{0[0}".format([1]))
t(lambda: "{0.}".format(1))
t(lambda: "{0[]}".format(1))
t(lambda: "{0!r".format(1))
t(lambda: "{:{}}".format(1))
t(lambda: "{0:{1:{2}}}".format(1, 2, 3))
t(lambda: "{-1}".format(1))
t(lambda: "{0[-1]}".format([1, 2]))
t(lambda: "{0[a]}".format([1]))
t(lambda: "{x}".format(**{"x": 1}))
t(lambda: "{}".format())
t(lambda: "{0}".format())
t(lambda: "{ }".format(1))
t(lambda: "{0 }".format(1))
t(lambda: "{:s}".format(5))
t(lambda: "{:d}".format(5.0))
print("{}".format(None), "{:10}|".format(None) if False else "skip", "{0}".format(...))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc}".format(F()), f"{F():x{1}y}", format(F()), format(F(), "q"))
class Bad:
    def __format__(self, spec):
        return 5
t(lambda: "{}".format(Bad()))
t(lambda: format(Bad()))
