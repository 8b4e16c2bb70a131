# Binary files: FileIO and the buffered classes through open(), raw access, seek/tell, peek, read1.
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_binary.bin"

with open(NAME, "wb") as f:
    print(repr(f), f.mode, f.name, f.closed)
    print(f.write(b"0123456789\n"), f.write(bytearray(b"abcdef\n")), f.write(memoryview(b"xyz")))
    print(f.tell())
    f.flush()
    print(f.raw.tell())
with open(NAME, "rb") as f:
    print(repr(f))
    print(f.read(4), f.tell())
    print(f.peek(2)[:3], f.tell())
    print(f.read1(3), f.tell())
    print(f.readline(), f.tell())
    print(f.readline(2), f.readlines())
    print(f.read(), f.read(5))
    print(f.seek(0), f.read(2), f.seek(3, 1), f.read(1), f.seek(-2, 2), f.read())
    b = bytearray(5)
    f.seek(1)
    print(f.readinto(b), b)
    print(f.seekable(), f.readable(), f.writable(), f.fileno() > 2, f.isatty())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb", buffering=0) as f:
    print(repr(f), type(f).__name__)
    print(f.read(3), f.readall(), f.read(), f.tell())
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b)
with open(NAME, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(3))
    f.write(b"---")
    print(f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(1))
with open(NAME, "ab") as f:
    print(f.tell(), f.mode)
    f.write(b"++")
    print(f.tell())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "a+b") as f:
    print(f.mode, f.read(), f.seek(0), f.read())
with open(NAME, "w+b") as f:
    print(f.mode, f.read())
    f.write(b"abc")
    f.seek(0)
    print(f.read())
f = open(NAME, "rb")
raw = f.detach()
print(repr(raw), raw.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(repr(f))
raw.close()
print(repr(raw), raw.closed)
if remove:
    remove(NAME)
