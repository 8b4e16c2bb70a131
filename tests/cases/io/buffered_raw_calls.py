# BufferedReader's raw calls and raw positions (readinto sizes, read-ahead, seek inside the buffer).
import _io
class R(_io._RawIOBase):
    def __init__(self, n):
        self.d = bytes(range(256)) * (n // 256 + 1)
        self.d = self.d[:n]
        self.pos = 0
        self.calls = []
    def readable(self): return True
    def seekable(self): return True
    def tell(self): return self.pos
    def seek(self, p, w=0):
        self.pos = [p, self.pos + p, len(self.d) + p][w]
        return self.pos
    def readinto(self, b):
        self.calls.append(len(b))
        n = min(len(b), len(self.d) - self.pos)
        b[:n] = self.d[self.pos:self.pos + n]
        self.pos += n
        return n
r = R(1000)
b = _io.BufferedReader(r, 64)
print(len(b.read(10)), r.pos, r.calls)
print(len(b.read(100)), r.pos, r.calls)
print(len(b.read(20)), r.pos, r.calls, b.tell())
print(len(b.read1(500)), r.pos, r.calls, b.tell())
print(len(b.peek()), r.pos, r.calls)
print(len(b.readline()), r.pos, r.calls, b.tell())
b.seek(5)
print(r.pos, r.calls, b.tell())
print(len(b.read()), r.pos, r.calls[-3:], b.tell())
