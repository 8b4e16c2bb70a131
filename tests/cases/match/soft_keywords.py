match = [1, 2]
case = {"case": 3}
_ = "underscore"
print(match, case, _)
match match:
    case [1, case_]:
        print("matched list named match", case_)


def match(*args):
    return args


print(match(1, 2))
print(match (1))
x = [match, case]
match x:
    case [f, {"case": c}]:
        print(f.__name__, c)


class match_:
    pass


type_ = 3
match type_:
    case 3:
        print("three")
match -1:
    case -1:
        print("minus one")
match 1, 2:
    case (1, 2):
        print("tuple without parens")
match *x, 3:
    case [_, _, 3]:
        print("star subject")
match (yield_ := 5):
    case 5:
        print("walrus subject", yield_)
