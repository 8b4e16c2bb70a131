def m(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case ([a, b] | (a, b, _)) as seq:
            return f"seq a={a} b={b} {type(seq).__name__}"
        case {"k": (int() | float()) as num}:
            return f"num {num}"
        case ((("nested"))):
            return "nested group"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case _:
            return "other"


for v in [2, [1, 2], (3, 4, 5), {"k": 1.5}, {"k": "x"}, "nested", "longer", "ab"]:
    print(repr(v), m(v))

for src in ['match x:\n    case a | b:\n        pass\n',
            'match x:\n    case [a] | [b]:\n        pass\n',
            'match x:\n    case [a, b] | [b, c]:\n        pass\n',
            'match x:\n    case (a as b) | (a as c):\n        pass\n',
            'match x:\n    case 1 as _:\n        pass\n',
            'match x:\n    case 1 as a.b:\n        pass\n',
            'match x:\n    case [a] | [a]:\n        pass\n',
            'match x:\n    case (1 as a) | (2 as a):\n        pass\n']:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
