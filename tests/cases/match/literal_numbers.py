def m(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "two j"
        case 1 + 2j:
            return "complex sum"
        case -3 - 4j:
            return "negative complex"
        case 0x10:
            return "hex sixteen"
        case 1_000:
            return "thousand"
        case _:
            return "other"


for v in [0, 0.0, -0.0, False, -1, -1.0, 1.5, 2j, 0 + 2j, 1 + 2j, (-3 - 4j), 16, 16.0, 1000, 999, "0", None, True]:
    print(repr(v), m(v))
