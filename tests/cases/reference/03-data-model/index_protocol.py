class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], "abc"[I(-1)], [0,1,2,3][I(1):I(3)])
print(hex(I(255)), bin(I(5)), oct(I(8)), range(I(3)), (1, 2, 3)[I(2)])
try:
    1 << I(2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Bad:
    def __index__(self): return 1.5
try:
    [1][Bad()]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1]["a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
