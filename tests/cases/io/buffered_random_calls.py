# BufferedRandom under TextIOWrapper: raw reads/writes, rewinds, and data after mixed reads and writes.
import _io
class R(_io._RawIOBase):
    def __init__(self, data):
        self.d = data
        self.pos = 0
        self.calls = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def tell(self): return self.pos
    def seek(self, p, w=0):
        pass  # raw position queries differ in number between implementations
        self.pos = [p, self.pos + p, len(self.d) + p][w]
        return self.pos
    def readinto(self, b):
        self.calls.append(("readinto", len(b)))
        n = min(len(b), len(self.d) - self.pos)
        b[:n] = self.d[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.calls.append(("write", bytes(b)))
        self.d = self.d[:self.pos] + bytes(b) + self.d[self.pos + len(b):]
        self.pos += len(b)
        return len(b)
r = R(b"line one\nline two\nline three\n" * 3)
b = _io.BufferedRandom(r, 16)
t = _io.TextIOWrapper(b, encoding="ascii")
print(repr(t.readline()), r.calls, t.tell(), r.calls)
r.calls.clear()
t.write("XX")
print(r.calls)
t.flush()
print(r.calls, r.pos)
r.calls.clear()
t.seek(0)
print(r.calls, repr(t.read(12)), r.calls)
r.calls.clear()
b.seek(3)
b.write(b"Z")
print(b.read(4), r.calls, b.tell())
r.calls.clear()
b.seek(0)
print(b.read(5), r.calls)
b.write(b"--")
print(r.calls, b.tell())
b.flush()
print(r.calls, r.d[:20])
