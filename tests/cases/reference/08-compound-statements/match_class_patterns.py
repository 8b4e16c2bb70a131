class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
def m(v):
    match v:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y axis {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return "some point"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"string {s}"
        case _: return "other"
for v in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3), 4, 2.5, "hi", None]:
    print(m(v))
