# io.StringIO: reading, writing, seeking, truncating, newline modes, errors.
import _io as io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), repr(s.read()), repr(s.read()))
s.seek(3)
s.write("LO")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines)

s = io.StringIO("line1\nline2\r\nline3\rline4")
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)))
print(s.readlines(3))

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("   ", s.readlines())
    s = io.StringIO("x\ny\r\nz\rw", newline=nl)
    print("   ", repr(s.getvalue()), s.readlines(), s.newlines)

s = io.StringIO("héllo wörld \U0001f600 end")
print(s.read(7), s.tell(), s.read(6), s.tell(), s.read(2), s.tell(), repr(s.read()))
s.seek(13)
print(repr(s.read(1)))
s.seek(0, 2)
print(s.tell())

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = io.StringIO("abc")
attempt(s.write, b"x")
attempt(s.seek, -1)
attempt(s.seek, 1, 1)
attempt(s.seek, 1, 2)
attempt(s.seek, 0, 5)
attempt(s.seek, 1.0)
attempt(s.truncate, -1)
attempt(s.read, "x")
attempt(io.StringIO, b"x")
attempt(io.StringIO, "x", "y")
attempt(io.StringIO, "x", 1)
attempt(s.fileno)
attempt(s.detach)
print(s.seek(0, 1), s.seek(0, 2))
with io.StringIO("ctx") as s2:
    print(s2.read())
print(s2.closed)
attempt(s2.read)
attempt(s2.getvalue)
attempt(s2.write, "x")
attempt(s2.tell)
attempt(lambda: s2.newlines)

class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

m = MyIO()
print(m.write("abc"), m.getvalue(), isinstance(m, io._TextIOBase))
m.writelines(["x", "y"])
print(m.getvalue())
print(io.StringIO("a\nb").__next__(), next(iter(io.StringIO("q"))))
