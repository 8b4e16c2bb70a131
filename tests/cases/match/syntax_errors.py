def t(src):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset))


t('match x:\n    case a:\n        pass\n    case 1:\n        pass\n')
t('match x:\n    case _:\n        pass\n    case _:\n        pass\n')
t('match x:\n    case [a, a]:\n        pass\n')
t('match x:\n    case {"k": a, "j": a}:\n        pass\n')
t('match x:\n    case C(a, b=a):\n        pass\n')
t('match x:\n    case [a, *a]:\n        pass\n')
t('match x:\n    case a | 1:\n        pass\n')
t('match x:\n    case 1 | b | 2:\n        pass\n')
t('match x:\n    case 1 | a:\n        pass\n')
t('match x:\n    case (_ | 1):\n        pass\n')
t('match x:\n    case a as b:\n        pass\n    case 1:\n        pass\n')
t('match x:\n    case {"a": 1} | {"b": a}:\n        pass\n')
t('match x:\n    case [a] | (b):\n        pass\n')
t('match x:\n    case 1 as a as b:\n        pass\n')
t('match x:\n    case __debug__:\n        pass\n')
t('match x:\n    case a.__debug__:\n        pass\n')
t('match x:\n    case [1 as __debug__]:\n        pass\n')
t('match x:\n    case True | None:\n        pass\n    case _:\n        pass\n')
t('match x:\n    case _ if 1:\n        pass\n    case 2:\n        pass\n')
t('match x:\n    case (a):\n        pass\n    case 2:\n        pass\n')
