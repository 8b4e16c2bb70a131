class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False): return (x + self.n) * (2 if twice else 1)
a = Adder(3)
print(a(1), a(1, twice=True), callable(a), callable(3))
try:
    3()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__ + ":", e)
