def f(x):
    match x:
        case 1:
            return "one"
    return "fell through"


print(f(1), f(2))
for i in range(4):
    match i:
        case 0:
            continue
        case 2:
            break
    print("loop", i)


def gen(xs):
    for x in xs:
        match x:
            case int():
                yield x * 2
            case str():
                yield from x


print(list(gen([1, "ab", 2])))
count = 0


class Subj:
    def __init__(self):
        global count
        count += 1


match Subj():
    case 1:
        pass
    case 2:
        pass
    case _:
        pass
print("subject evaluated", count, "time(s)")


def nested(x):
    match x:
        case [a, b]:
            match a:
                case int():
                    return f"int then {b}"
                case _:
                    return "other then"
    return None


print(nested([1, 2]), nested(["s", 2]), nested(3))
lam = lambda v: [r for r in [v] if (lambda: 1)()]
print(lam(5))
