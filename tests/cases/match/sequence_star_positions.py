def m(x):
    match x:
        case [*rest, 9]:
            return f"ends 9 rest={rest}"
        case [0, *mid, 0]:
            return f"zeros mid={mid}"
        case [1, 2, *tail]:
            return f"1,2 tail={tail}"
        case [*all_]:
            return f"all={all_}"


for v in [[9], [1, 9], [0, 0], [0, 5, 6, 0], [1, 2], [1, 2, 3, 4], [], (5, 6), range(3), range(8, 10)]:
    print(repr(v), m(v))


def m2(x):
    match x:
        case (a, *_, b):
            return a, b
        case (*_,):
            return "any sequence"


print(m2([1, 2, 3, 4]), m2((1,)), m2([]))
print(type(m.__code__).__name__)
for src in ['match x:\n    case [*a, *b]:\n        pass\n',
            'match x:\n    case [*_, *_]:\n        pass\n',
            'match x:\n    case {**a, "k": 1}:\n        pass\n',
            'match x:\n    case *a:\n        pass\n']:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
