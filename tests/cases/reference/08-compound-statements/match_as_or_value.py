class Color:
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED: return "red"
        case K.LIMIT: return "limit"
        case (1 | 2 | 3) as small: return f"small {small}"
        case [(0 | 1) as bit, *_]: return f"bit first {bit}"
        case str(s) | [str(s)]: return f"str {s}"
        case _: return "other"
for v in [Color.RED, Color.GREEN, 10, 2, [1, 5], "x", ["y"], 99]:
    print(m(v))
