# TextIOWrapper over BytesIO and custom streams; reconfigure, detach, line buffering, iteration
# and tell(), IncrementalNewlineDecoder, BufferedRWPair, raw subclasses.
import _io as io

b = io.BytesIO(b"one\ntwo\r\nthree")
t = io.TextIOWrapper(b, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.newlines, t.line_buffering, t.write_through)
print(t.readlines(), t.newlines)
t.seek(0)
for line in t:
    try:
        t.tell()
    except OSError as e:
        print("OSError:", e)
        break
print(repr(t.read()))
t.flush()
print(t.tell())
raw = t.detach()
print(raw is b, repr(t) if False else "detached")
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii", newline="\r\n", line_buffering=True)
t.write("a\nb")
print(b.getvalue())
t.write("c")
print(b.getvalue())
t.flush()
print(b.getvalue())
t.reconfigure(line_buffering=False, newline=None)
t.write("d\ne")
print(b.getvalue(), t.line_buffering)
t.flush()
print(b.getvalue())
t.reconfigure(encoding="latin-1")
t.write("\xe9")
t.flush()
print(b.getvalue(), t.encoding, t.errors)
try:
    t.reconfigure(newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    t.reconfigure(5)
except TypeError as e:
    print("TypeError:", e)

b = io.BytesIO(b"abc\ndef\n")
t = io.TextIOWrapper(b)
print(t.encoding, repr(t.readline()))
try:
    t.reconfigure(encoding="latin-1")
except Exception as e:
    print(type(e).__name__, e)
try:
    t.reconfigure(errors="replace")
except Exception as e:
    print(type(e).__name__, e)
t.reconfigure(line_buffering=True, write_through=True)
print(t.errors, repr(t.read()), t.line_buffering, t.write_through)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
print(d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n")), d.newlines)

class Raw(io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), 3, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = io.BufferedReader(Raw(b"hello\nworld\nlast"), 4)
print(r.read(2), r.readline(), r.peek(1)[:1], r.read(), r.read())
print(Raw(b"abcdefg").read(5), Raw(b"xyz").readall(), Raw(b"12345").read())
t = io.TextIOWrapper(io.BufferedReader(Raw("ça va\nbien\n".encode())), encoding="utf-8")
print(t.readlines())

class Sink(io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

s = Sink()
w = io.BufferedWriter(s, 8)
w.write(b"abc")
print(s.chunks)
w.write(b"defghij")
print(s.chunks)
w.flush()
print(b"".join(s.chunks), w.writable(), w.readable())

p = io.BufferedRWPair(io.BytesIO(b"input data"), Sink())
print(p.read(5), p.peek(1)[:1], p.readable(), p.writable(), p.write(b"out"), p.closed)
p.flush()
p.close()
print(p.closed)

print(io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError, io.text_encoding(None), io.text_encoding("x"))
print([c.__name__ for c in io.BufferedRandom.__mro__])
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print([c.__name__ for c in io.FileIO.__mro__])
print(io.open is open)

base = io._IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed)
for name, args in [("fileno", ()), ("seek", ()), ("seek", (0,)), ("truncate", ()), ("tell", ())]:
    try:
        getattr(base, name)(*args)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    except TypeError as e:
        print("TypeError:", e)
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as e:
    print("ValueError:", e)
try:
    iter(base)
except ValueError as e:
    print("ValueError:", e)

class Lines(io._IOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        r, self.data = self.data[:n], self.data[n:]
        return r

print(list(Lines(b"a\nbb\nccc")), Lines(b"x\ny\n").readlines(), Lines(b"q\nr").readline(1))
