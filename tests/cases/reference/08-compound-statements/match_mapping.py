def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}: return f"point {px},{py}"
        case {"type": "circle", **rest}: return f"circle rest={rest}"
        case {1: one}: return f"int key {one}"
        case {}: return "any mapping"
        case _: return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 3}, {1: "a"}, {}, {"type": "point"}, [1]]:
    print(m(v))
class DD(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
dd = DD()
match dd:
    case {"missing": _}: print("matched?")
    case _: print("__missing__ not used by mapping patterns", dict(dd))
