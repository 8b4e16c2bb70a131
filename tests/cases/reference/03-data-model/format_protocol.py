class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == 'F': return f"{self.c * 9 / 5 + 32:.1f}F"
        if spec == '': return f"{self.c}C"
        raise ValueError(f"bad spec {spec!r}")
t = Temp(100)
print(format(t), f"{t:F}", "{:F}".format(t), f"{t}")
try:
    f"{t:X}"
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadRet:
    def __format__(self, s): return 5
try:
    format(BadRet())
except TypeError as e:
    print(type(e).__name__ + ":", e)
