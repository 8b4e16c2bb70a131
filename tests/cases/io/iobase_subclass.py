# The class pattern of the stdlib's io.py over _io, and user subclasses of the io bases used
# through the buffered and text layers.
import _io

class IOBase(_io._IOBase):
    __doc__ = _io._IOBase.__doc__

class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__

class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__

class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__

print([c.__name__ for c in RawIOBase.__mro__])
print([c.__name__ for c in TextIOBase.__mro__])

class Counter(RawIOBase):
    """Produces b'0123456789' once, a few bytes per readinto."""
    def __init__(self):
        self.data = b"0123456789\nabc\n"
        self.closes = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 4, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def close(self):
        self.closes += 1
        super().close()

c = Counter()
with c as same:
    print(same is c, c.closed, c.read(3), c.read(), c.read())
print(c.closed, c.closes)

c = Counter()
r = _io.BufferedReader(c, buffer_size=5)
print(repr(r), r.raw is c, r.readline(), r.read(2), r.read())
r.close()
print(r.closed, c.closed, c.closes)

t = _io.TextIOWrapper(_io.BufferedReader(Counter()), encoding="ascii")
print(repr(t), t.readlines())

class Upper(TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print(u.write("abc"), u.writelines(["d", "e"]), u.parts, u.encoding, u.newlines, u.errors)
print(isinstance(u, _io._TextIOBase), isinstance(u, _io._IOBase), u.readable(), u.seekable())
try:
    u.read()
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    u.tell()
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)

class MyFile(_io.FileIO):
    pass

class MyBytes(_io.BytesIO):
    def extra(self):
        return self.getvalue()[::-1]

m = MyBytes(b"abc")
m.attr = 5
print(m.extra(), m.attr, m.read(), m.__dict__)
s = _io.StringIO()
s.note = "x"
print(s.__dict__, type(s).__name__)

try:
    _io.BufferedReader(Upper())
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    _io.BufferedReader(_io.BytesIO(), 0)
except ValueError as e:
    print("ValueError:", e)
try:
    _io.BufferedWriter(Counter())
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
