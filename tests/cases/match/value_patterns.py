class Color:
    RED = "red"
    GREEN = "green"

    class Inner:
        BLUE = 3


class NS:
    pass


ns = NS()
ns.cfg = NS()
ns.cfg.level = 10
log = []


class Tracing:
    def __getattr__(self, name):
        log.append(name)
        return len(name)


tr = Tracing()


def m(x):
    match x:
        case Color.RED:
            return "red"
        case Color.Inner.BLUE:
            return "blue"
        case ns.cfg.level:
            return "level"
        case tr.abcd:
            return "four"
        case tr.ab:
            return "two"
        case _:
            return "other"


for v in ["red", "green", 3, 10, 4, 2, 99]:
    print(v, m(v))
print(log)
try:
    match 1:
        case ns.missing:
            pass
except AttributeError as e:
    print("AttributeError:", e)


class Eq:
    def __eq__(self, other):
        log.append(("eq", other))
        return NotImplemented


e = Eq()
log.clear()
match e:
    case Color.RED:
        print("matched red")
    case _:
        print("no match")
print(log)
