def m(x):
    match x:
        case [_, _, *_]:
            return "at least two"
        case [a]:
            return f"one {a}"
        case other:
            return f"other {other!r}"


print(m([1, 2, 3]), m([7]), m([]), m("s"))


def scope():
    match 5:
        case y:
            pass
    return y


print(scope())
match {"k": 1}:
    case z:
        print("z", z)
print("z after", z)
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x partially bound?", x)
try:
    _
except NameError as e:
    print("NameError:", e)
for src in ['match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case a:\n        pass\n    case b:\n        pass\n',
            'match x:\n    case (a):\n        pass\n    case 2:\n        pass\n',
            'match x:\n    case a if a:\n        pass\n    case b:\n        pass\n',
            'match x:\n    case _ as y:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case 1 | a:\n        pass\n    case 2:\n        pass\n']:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
