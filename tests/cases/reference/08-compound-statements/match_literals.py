def m(x):
    match x:
        case 0: return "zero"
        case 1 | 2: return "one-or-two"
        case "s": return "string s"
        case b"b": return "bytes"
        case -3: return "minus three"
        case 1.5: return "float"
        case 2+3j: return "complex"
        case None: return "None"
        case True: return "True"
        case _: return "other"
for v in [0, 1, 2, "s", b"b", -3, 1.5, 2+3j, None, True, 1.0, False, "x"]:
    print(repr(v), m(v))
