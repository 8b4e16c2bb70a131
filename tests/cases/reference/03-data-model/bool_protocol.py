class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L()), bool(Neither()))
print("yes" if L() else "no", not B(False))
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__ + ":", e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__ + ":", e)
