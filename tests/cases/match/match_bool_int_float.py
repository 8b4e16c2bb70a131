def m(x):
    match x:
        case True:
            return "True literal"
        case 1:
            return "one"
        case 1.0:
            return "one float"
        case int():
            return "some int"
        case float(f) if f != f:
            return "nan"
        case float():
            return "some float"


for v in [True, 1, 1.0, False, 0, 2, float("nan"), float("inf"), -0.0]:
    print(repr(v), m(v))


def z(x):
    match x:
        case 0:
            return "zero"
        case -0.0:
            return "negative zero"


print(z(0), z(0.0), z(-0.0), z(False), z(0j))


def k(x):
    match x:
        case {True: v}:
            return f"True key {v}"
        case {1.0: v}:
            return f"1.0 key {v}"


print(k({1: "int one"}), k({True: "bool"}), k({1.0: "float"}))
