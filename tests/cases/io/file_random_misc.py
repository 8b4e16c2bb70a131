# BufferedRandom read/write interleaving, fd-based FileIO, closefd, opener, 'x' mode, print(file=),
# writelines, text truncate, repr of fd streams.
import _io
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_random.bin"
# 'x' needs a new file; without os.remove (not built yet in Typhon) use a fresh name each run
import time
NAME2 = "_tmp_random_%d.txt" % time.time_ns()
NAME3 = "_tmp_random_%d.bin" % time.time_ns()

with open(NAME, "w+b") as f:
    f.write(b"0123456789abcdef")
    f.seek(4)
    print(f.read(3), f.tell())
    f.write(b"XY")
    print(f.tell(), f.read(2), f.tell())
    f.seek(-3, 2)
    f.write(b"!!")
    f.seek(0)
    print(f.read())
    f.seek(2)
    print(f.peek(3)[:3], f.read1(2), f.tell())
    f.write(b"__")
    f.flush()
    f.seek(0)
    print(f.read(), f.tell(), f.raw.tell())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())

with open(NAME, "rb") as f:
    fd = f.fileno()
    g = _io.FileIO(fd, closefd=False)
    print(repr(g) == f"<_io.FileIO fd={fd} mode='rb' closefd=False>", g.name == fd, g.closefd)
    g.close()
    print(g.closed, f.closed, f.read())
    t = open(fd, closefd=False, encoding="utf-8")
    print(t.name == fd, t.mode, repr(t).startswith("<_io.TextIOWrapper name="), t.buffer.raw.closefd)
    t.close()
    print(f.closed)

calls = []
def opener(path, flags):
    calls.append(path)
    return _io.FileIO(path, "rb").detach() if False else OPENED.fileno()
OPENED = open(NAME, "rb", buffering=0)
with open(NAME, "rb", opener=opener) as f:
    print(calls, f.read())
try:
    OPENED.close()
except OSError as e:
    print("OSError on double close:", type(e).__name__)

def bad_opener(path, flags):
    return -5
try:
    open(NAME, opener=bad_opener)
except ValueError as e:
    print("ValueError:", e)

with open(NAME2, "x", encoding="utf-8") as f:
    print(f.mode, repr(f.buffer.raw).replace(NAME2, "NAME2"))
    print("printed", 1, 2, file=f)
    print("second", end="!", file=f)
    f.writelines(["a\n", "b\n"])
    print(f.tell())
with open(NAME2, "r+", encoding="utf-8") as f:
    print(repr(f.read()))
    f.seek(0)
    print(f.truncate(7), f.read())
    f.seek(0)
    print(repr(f.read()))
with open(NAME2, "a+", encoding="utf-8") as f:
    print(f.tell(), repr(f.read()))
    f.write("tail")
    f.seek(0)
    print(repr(f.read()))
with open(NAME2, "rt", buffering=1, encoding="utf-8") as f:
    print(f.line_buffering, f.buffer.raw.mode)
with open(NAME2, "w", buffering=1) as f:
    f.write("line\n")
    with open(NAME2) as g:
        print(repr(g.read()))
    f.write("partial")
    with open(NAME2) as g:
        print(repr(g.read()))
for mode in ["rb", "wb", "ab", "xb", "r+b", "w+b", "a+b"]:
    with open(NAME3 if mode == "xb" else NAME, mode, buffering=0) as f:
        print(mode, f.mode, f.readable(), f.writable(), f.seekable())
if remove:
    remove(NAME)
    remove(NAME2)
    remove(NAME3)
