class EqAll:
    def __eq__(self, other):
        return True


def m(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [None, True, False, 1, 0, 1.0, 0.0, EqAll(), [], ""]:
    print(type(v).__name__, repr(v) if not isinstance(v, EqAll) else "EqAll", m(v))


def m2(x):
    match x:
        case 1:
            return "eq 1"
        case "a":
            return "eq a"
        case b"a":
            return "eq b'a'"
        case _:
            return "other"


for v in [True, 1.0, EqAll(), "a", b"a", bytearray(b"a"), 1 + 0j]:
    print(type(v).__name__, m2(v))
