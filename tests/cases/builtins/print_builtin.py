print()
print(1, 2, 3)
print("a", "b", sep="")
print("x", end="")
print("y")
print(*range(4), sep=", ", end=".\n")
print("no", "sep", sep=None, end=None)
import sys
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] == [S()])
for kw in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
