def handle(command):
    match command.split():
        case [action]:
            return action
        case ["go", direction] | ["move", direction]:
            return direction
        case ["drop", *objects] if objects:
            return objects
        case [1 | 2 | 3 as n, -1, 1.5, -2 + 3j, b"x", "s" "t", None, True, False]:
            return n
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case Point(x=0, y=0) | Point(0, _):
            return "origin"
        case a.b.c:
            return "attr"
        case (1, 2, *_):
            return "tuple"
        case str() | bytes():
            return "text"
        case _:
            return None
