def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class StrArgs:
    __match_args__ = "a"
    a = 1


class NonStrItem:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def m1(x):
    match x:
        case ListArgs(v):
            return v


def m2(x):
    match x:
        case StrArgs(v):
            return v


def m3(x):
    match x:
        case NonStrItem(v):
            return v


def m4(x):
    match x:
        case Dup(v, a=w):
            return v, w


def m5(x):
    match x:
        case Dup(missing=v):
            return v
        case _:
            return "missing attribute: no match"


t(lambda: m1(ListArgs()))
t(lambda: m2(StrArgs()))
t(lambda: m3(NonStrItem()))
t(lambda: m4(Dup()))
t(lambda: m5(Dup()))
not_a_class = 5


def m6(x):
    match x:
        case not_a_class():
            return "?"


t(lambda: m6(1))
for src in ['match x:\n    case C(a=1, a=2):\n        pass\n',
            'match x:\n    case C(a=1, 2):\n        pass\n',
            'match x:\n    case C(*a):\n        pass\n',
            'match x:\n    case C(**a):\n        pass\n',
            'match x:\n    case f()():\n        pass\n']:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


class Prop:
    __match_args__ = ("p",)

    @property
    def p(self):
        raise AttributeError("p hidden")


t(lambda: m5(Prop()))


def m7(x):
    match x:
        case Prop(v):
            return v
        case _:
            return "AttributeError means no match"


t(lambda: m7(Prop()))


class Raises:
    __match_args__ = ("p",)

    @property
    def p(self):
        raise KeyError("p broken")


def m8(x):
    match x:
        case Raises(v):
            return v


t(lambda: m8(Raises()))
