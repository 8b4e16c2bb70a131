def m(x):
    match x:
        case {"a": 1, "b": b}:
            return f"a1 b={b}"
        case {"a": a, **rest}:
            return f"a={a} rest={rest}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {None: n, True: t}:
            return f"singleton keys {n} {t}"
        case {}:
            return f"empty pattern matched {x!r}"
        case _:
            return "not a mapping"


for v in [{"a": 1, "b": 2, "c": 3}, {"a": 2, "b": 3, "c": 4}, {"a": 5}, {1: "x", 2: "y"},
          {None: 0, 1: 1}, {"z": 1}, {}, [("a", 1)], "a"]:
    print(repr(v), m(v))


def m2(x):
    match x:
        case {"k": v, **kw} if not kw:
            return f"only k {v}"
        case {"k": v, **kw}:
            return f"k plus {sorted(kw)}"


print(m2({"k": 1}), m2({"k": 1, "z": 2, "y": 3}))
r = {"a": 1, "b": 2}
match r:
    case {"a": _, **rest}:
        print(rest, rest is r, type(rest).__name__)
