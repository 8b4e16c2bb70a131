# BufferedWriter's raw write calls: buffering, flush when full, large writes written through.
import _io
class W(_io._RawIOBase):
    def __init__(self):
        self.calls = []
        self.pos = 0
    def writable(self): return True
    def seekable(self): return True
    def tell(self): return self.pos
    def seek(self, p, w=0):
        self.pos = p if w == 0 else self.pos + p
        return self.pos
    def write(self, b):
        n = min(len(b), 50)
        self.calls.append(len(b))
        self.pos += n
        return n
w = W()
b = _io.BufferedWriter(w, 32)
for n in [10, 10, 10, 10, 100, 5, 32, 1]:
    print(b.write(b"x" * n), w.calls, b.tell())
b.flush()
print(w.calls, b.tell())
b.seek(3)
print(w.pos, b.tell())
b.write(b"abc")
b.seek(0, 1)
print(w.calls, w.pos, b.tell())
