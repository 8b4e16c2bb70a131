class Count:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(Count(3)), sum(Count(4)))
c = Count(1); print(next(c), next(c, 'done'))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    for x in 5: pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
