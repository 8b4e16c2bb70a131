log = []


def g(name, result):
    log.append(name)
    return result


def m(x):
    match x:
        case [a, b] if g(f"guard1 a={a}", a > b):
            return "first"
        case [a, b] if g(f"guard2 b={b}", False):
            return "second"
        case [a, *_] if g("guard3", True):
            return f"third a={a}"


print(m([1, 2]), log)
log.clear()
print(m([3, 2]), log)
log.clear()
print(m([1, 2, 3]), log)


def m2(x):
    match x:
        case {"v": v} if (v := v * 2) > 2:
            return f"walrus {v}"
        case {"v": v}:
            return f"rebound {v}"


print(m2({"v": 1}), m2({"v": 5}))


class Side:
    def __init__(self):
        self.n = 0

    def __eq__(self, other):
        self.n += 1
        log.append(("eq", other))
        return other == 2


s = Side()
log.clear()
match s:
    case 1 if g("never", True):
        print("one")
    case 2:
        print("two")
print(log, s.n)
x = None
match 5:
    case y if (x := y) and False:
        pass
    case _:
        print("guard side effect kept", x)
try:
    match 1:
        case 1 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
