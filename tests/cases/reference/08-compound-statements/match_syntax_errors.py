srcs = [
 "match x:\n    case a | b: pass\n",
 "match x:\n    case _: pass\n    case 1: pass\n",
 "match x:\n    case y: pass\n    case 1: pass\n",
 "match x:\n    case [a, a]: pass\n",
 "match x:\n    case {**r, 'k': 1}: pass\n",
 "match x:\n    case [*a, *b]: pass\n",
 "match x:\n    case 1 + 1: pass\n",
 "match x:\n    case f(): pass\n",
 "match x:\n    case (a | [a]): pass\n",
 "match x:\n    case {'k': 1, 'k': 2}: pass\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
