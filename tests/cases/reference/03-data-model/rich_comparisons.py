class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v); return NotImplemented
    def __lt__(self, o): return self.v < o.v
print(N(1) == N(1))
a = N(1)
print(a == a, a != a)
print(N(1) < N(2), N(2) > N(1))
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted([N(3), N(1), N(2)], key=None)[0].v)
