def m(x):
    match x:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts with 1, rest {rest}"
        case [*init, 9]: return f"ends with 9, init {init}"
        case (a, (b, c)): return f"nested {a} {b} {c}"
        case [_, _, *_]: return "long"
for v in [[], [5], [1, 2, 3], (0, 0, 9), [7, (8, 9)], [3, 4, 5], "abc", b"ab", range(3), {1: 2}]:
    print(repr(v), m(v))
