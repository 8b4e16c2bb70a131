def m(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one-or-two"
        case [x]:
            return f"list1 {x}"
        case [x, *rest]:
            return f"list {x} {rest}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return f"str {s}"
        case _:
            return "other"
for v in [0, 2, [9], [1, 2, 3], {"k": 5, "z": 1}, "s", 3.5, ()]:
    print(m(v))
match (1, 2):
    case (a, b) if a > b:
        print("gt")
    case (a, b):
        print("le", a, b)
