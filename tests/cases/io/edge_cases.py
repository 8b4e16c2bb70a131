# Edge cases: empty files, zero-size reads, closed-file reprs and iteration, exit return values.
import _io
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_edge.txt"

open(NAME, "w").close()
with open(NAME) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), repr(f.read(0)), f.tell())
with open(NAME, "rb") as f:
    print(f.read(), f.read(0), f.readline(), f.peek(), f.read1(), f.tell())
with open(NAME, "w") as f:
    print(f.write(""), f.tell())
    print(f.__exit__(None, None, None), f.closed)
with open(NAME, "w") as f:
    f.write("abc\ndef")
with open(NAME) as f:
    print(repr(f.readline(0)), repr(f.read(0)), repr(f.readline(-1)), repr(f.readline(100)))
f = open(NAME)
f.close()
print(repr(f))
try:
    next(f)
except ValueError as e:
    print("ValueError:", e)
try:
    iter(f)
except ValueError as e:
    print("ValueError:", e)
print(f.name, f.mode, f.closed)
try:
    f.fileno()
except ValueError as e:
    print("ValueError:", e)
try:
    f.tell()
except ValueError as e:
    print("ValueError:", e)
try:
    f.seek(0)
except ValueError as e:
    print("ValueError:", e)
try:
    f.flush()
except ValueError as e:
    print("ValueError:", e)
b = open(NAME, "rb")
b.close()
print(repr(b), repr(b.raw), b.closed, b.raw.closed)
r = _io.FileIO(NAME)
print(repr(r).replace(NAME, "NAME"))
r.close()
print(repr(r))
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)
with open(NAME, "r") as f:
    try:
        with f:
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError", e, f.closed)
s = _io.StringIO("abc")
print(s.__exit__(None, None, None), s.closed)
print(repr(_io.StringIO()) [:15], repr(_io.BytesIO())[:13])
with open(NAME, "rb") as f:
    f.seek(2)
    print(f.read(), f.seek(100), f.read(), f.tell())
with open(NAME, "r+b") as f:
    f.seek(10)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
if remove:
    remove(NAME)
