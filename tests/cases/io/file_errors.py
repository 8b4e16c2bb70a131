# Error paths of open()/FileIO: OSError subclasses with errno/strerror/filename, mode errors,
# unsupported operations, closed files.
import _io
import errno
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_errors.txt"

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        if isinstance(e, OSError) and e.errno is not None:
            # errno numbers differ on the (Emscripten) oracle: compare with the errno module
            print(type(e).__name__ + ":", str(e).split("] ", 1)[1])
            print("   ", errno.errorcode[e.errno], e.strerror, repr(e.filename))
        else:
            print(type(e).__name__ + ":", e)
        return None
    else:
        return r

attempt(open, "no_such_file.txt")
attempt(open, "no_such_dir/x.txt", "w")
attempt(open, ".")
attempt(open, ".", "w")
with open(NAME, "w") as f:
    f.write("data\n")
attempt(open, NAME, "x")
attempt(open, NAME, "rw")
attempt(open, NAME, "rr")
attempt(open, NAME, "q")
attempt(open, NAME, "tb")
attempt(open, NAME, "")
attempt(open, NAME, "b")
attempt(open, NAME, "+")
attempt(open, NAME, "rb", encoding="utf-8")
attempt(open, NAME, "rb", errors="strict")
attempt(open, NAME, "rb", newline="\n")
attempt(open, NAME, "r", buffering=0)
attempt(open, NAME, "r", newline="x")
attempt(open, NAME, "r", newline=5)
attempt(open, NAME, 5)
attempt(open, NAME, encoding=5)
attempt(open, NAME, encoding="no-such-codec")
attempt(open, [1, 2])
attempt(open, 3.5)
attempt(open, NAME, closefd=False)
attempt(_io.FileIO, NAME, "rw")
attempt(_io.FileIO, NAME, "z")
attempt(_io.FileIO, -1)
attempt(_io.FileIO, NAME, "rt")

with open(NAME) as f:
    attempt(f.write, "x")
    attempt(f.buffer.write, b"x")
    attempt(f.buffer.raw.write, b"x")
    attempt(f.fileno)
    attempt(f.truncate)
with open(NAME, "w") as f:
    attempt(f.read)
    attempt(f.readline)
    attempt(f.buffer.read)
    attempt(f.buffer.raw.read)
    attempt(f.write, b"bytes")
    attempt(f.buffer.write, "str")
    attempt(f.seek, 1, 1)
    attempt(f.seek, 1, 2)
    attempt(f.seek, 0, 3)
    attempt(f.seek, -1)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.UnsupportedOperation.__module__, _io.UnsupportedOperation.__name__)

f = open(NAME, "rb")
f.close()
attempt(f.read)
attempt(f.read1)
attempt(f.peek)
attempt(f.readline)
attempt(f.seek, 0)
attempt(f.tell)
attempt(f.fileno)
attempt(f.readable)
attempt(f.isatty)
attempt(f.raw.read)
attempt(f.raw.fileno)
attempt(f.raw.tell)
attempt(f.raw.seek, 0)
attempt(f.raw.readable)
f = open(NAME, "wb")
f.close()
attempt(f.write, b"x")
attempt(f.flush)
attempt(f.truncate)
f = open(NAME, "rb", buffering=0)
attempt(f.seek, 1.5)
attempt(f.seek, "x")
attempt(f.read, "x")
f.close()
if remove:
    remove(NAME)
