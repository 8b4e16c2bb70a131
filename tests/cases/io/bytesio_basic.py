# io.BytesIO: reading, writing, seeking, truncating, getbuffer, readinto, errors.
import _io as io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.tell(), b.getvalue())
print(b.seek(0), b.read(5), b.read(), b.read())
b.seek(3)
b.write(b"LO")
print(b.getvalue(), b.tell())
b.seek(10, 1)
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.truncate(), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())

b = io.BytesIO(b"line1\nline2\r\nline3")
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readline(), b.readline(2), b.readline(-1), b.readline(None), b.readline())
b.seek(0)
print(b.readlines(3), b.read1(3), b.read1())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:3]), buf)
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())

b = io.BytesIO(b"abcdef")
v = b.getbuffer()
print(bytes(v), len(v))
v[0] = ord("X")
print(b.getvalue())
try:
    b.write(b"0123456789")
except BufferError as e:
    print("BufferError:", e)
v.release()
b.seek(0, 2)
b.write(b"gh")
print(b.getvalue())

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = io.BytesIO(b"abc")
attempt(b.write, "x")
attempt(b.seek, -1)
attempt(b.seek, 0, 3)
attempt(b.seek, 1.5)
attempt(b.truncate, -1)
attempt(b.read, 1.5)
attempt(io.BytesIO, "text")
attempt(b.fileno)
with io.BytesIO(b"ctx") as b2:
    print(b2.read())
print(b2.closed)
attempt(b2.read)
attempt(b2.getvalue)
attempt(b2.write, b"x")
attempt(b2.tell)
attempt(b2.seek, 0)
print(isinstance(b2, io._BufferedIOBase), isinstance(b2, io._IOBase))
