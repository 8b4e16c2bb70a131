class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __rmatmul__(self, o): return M(o * self.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f"M({self.v})"
a = M(2); b = M(3)
print(a @ b, 5 @ a)
a @= b; print(a)
try:
    1 @ 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
