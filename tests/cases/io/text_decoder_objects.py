# IncrementalNewlineDecoder over a Python decoder, TextIOWrapper over non-seekable raw streams,
# write_through, argument errors, repr with instance attributes.
import _io
class Dec:
    def __init__(self):
        self.buf = b""
    def decode(self, b, final=False):
        data = self.buf + b
        if not final and data.endswith(b"\\"):
            self.buf = b"\\"
            data = data[:-1]
        else:
            self.buf = b""
        return data.decode("ascii").upper()
    def getstate(self):
        return (self.buf, 0)
    def setstate(self, st):
        self.buf = st[0]
    def reset(self):
        self.buf = b""
d = _io.IncrementalNewlineDecoder(Dec(), translate=True)
print(repr(d.decode(b"ab\r")), repr(d.decode(b"\ncd\\")), d.getstate(), repr(d.decode(b"x", final=True)), repr(d.newlines))
d.setstate((b"q", 3))
print(d.getstate())
try:
    _io.IncrementalNewlineDecoder(None, False).decode(b"x")
except TypeError as e:
    print("TypeError:", e)

t = _io.TextIOWrapper(_io.BytesIO(b"a\rb\rc"), newline="\r")
print(t.readlines(), t.newlines)

class NoSeek(_io._RawIOBase):
    def __init__(self):
        self.d = b"abc\ndef\n"
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.d)); b[:n] = self.d[:n]; self.d = self.d[n:]; return n
t = _io.TextIOWrapper(_io.BufferedReader(NoSeek()), encoding="utf-8")
print(t.seekable(), t.readline())
for f in (t.tell, lambda: t.seek(0)):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8", write_through=True)
t.write("abc")
print(b.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", errors="xmlcharrefreplace")
print(t.errors)
try:
    _io.TextIOWrapper(_io.BytesIO(), encoding=1)
except TypeError as e:
    print("TypeError:", e)
try:
    _io.TextIOWrapper(_io.BytesIO(), newline=1)
except TypeError as e:
    print("TypeError:", e)
try:
    _io.TextIOWrapper(_io.BytesIO(), newline="x")
except ValueError as e:
    print("ValueError:", e)
print(repr(_io.TextIOWrapper(_io.BytesIO(), encoding="utf-8").read(0)))
w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")
try:
    w.name = "custom"
except AttributeError as e:
    print("AttributeError:", e)
w.mode = "rw"
print(repr(w))
