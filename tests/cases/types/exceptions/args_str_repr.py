# oracle: native-3.13 -- OSError(2, ...) maps errno 2 to a subclass; Emscripten errno numbers differ
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for e in [Exception(), Exception("a"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError("a", "b"), KeyError(), OSError(2, "No such"), OSError("x"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = ValueError(1)
e.args = ("new",)
print(e, repr(e))
t(lambda: setattr(e, "args", 5))
