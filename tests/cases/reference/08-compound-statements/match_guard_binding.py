def m(v):
    match v:
        case [x, y] if x > y:
            return "desc"
        case [x, y]:
            return f"not desc x={x}"
print(m([3, 1]), m([1, 3]))
match [1, 2]:
    case [a, b] if False:
        pass
    case _:
        pass
print(a, b)  # bindings from failed guard still happened
def g(v):
    print("guard evaluated for", v); return True
match 5:
    case 1 if g(1): pass
    case 5 if g(5): print("five")
