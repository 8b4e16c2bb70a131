def t(src):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


t('match x:\n    case {"a": 1, "a": 2}:\n        pass\n')
t('match x:\n    case {1: 1, 1.0: 2}:\n        pass\n')
t('match x:\n    case {a: 1}:\n        pass\n')
t('match x:\n    case {f(): 1}:\n        pass\n')
t('match x:\n    case {**rest, "a": 1}:\n        pass\n')
t('match x:\n    case {**_}:\n        pass\n')
t('match x:\n    case {"a": 1, **rest, **more}:\n        pass\n')
t('match x:\n    case {a.b: 1}:\n        pass\n')
t('match x:\n    case {-1: 1, 1+2j: 2}:\n        pass\n')


class K:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {K.A: 1, K.B: 2}:
            print("matched")
except ValueError as e:
    print("ValueError:", e)


class BadKeys(dict):
    def keys(self):
        raise KeyError("no keys")


match BadKeys(a=1):
    case {"a": v}:
        print("got", v)
