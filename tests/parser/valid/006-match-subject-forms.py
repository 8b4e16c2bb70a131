match x, y:
    case 1, 2:
        pass
match *a, b:
    case [*_, last]:
        pass
match (yield_ := 3):
    case int(v) if v > 2:
        pass
match -1:
    case -1:
        pass
match {}:
    case {}:
        pass
