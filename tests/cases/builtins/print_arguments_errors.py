# print(): sep/end/file/flush, None arguments, wrong types
import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(1, 2, 3, sep="-", end="!\n")
print(sep="x")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print()
print("x", "y", sep="")
print(*[], sep="never", end="[end]\n")
t(lambda: print(1, sep=5))
t(lambda: print(1, end=b"\n"))
t(lambda: print(1, file=5))
t(lambda: print(1, file=None))
t(lambda: print(1, flush=1))
t(lambda: print(1, foo=1))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("to", "writer", sep="|", file=w)
print(w.parts)
class Flushing(Writer):
    def flush(self):
        self.parts.append("<flush>")
f = Flushing()
print("f", file=f, flush=True)
print("g", file=f, flush=False)
print(f.parts)
class NoFlush(Writer):
    pass
t(lambda: print("h", file=NoFlush(), flush=True))
class BadWrite:
    write = None
t(lambda: print("i", file=BadWrite()))
class NoWrite:
    pass
t(lambda: print("j", file=NoWrite()))
class StrFail:
    def __str__(self):
        raise RuntimeError("str failed")
t(lambda: print(StrFail()))
class StrSub(str):
    def __str__(self):
        return "custom"
print(StrSub("base"), str(StrSub("base")))
print("written to stderr", file=sys.stderr)
print(print.__name__, print.__self__.__name__ if hasattr(print, "__self__") else None)
