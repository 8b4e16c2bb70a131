class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def ev(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(name)
        case BinOp("+", l, r):
            return ev(l, env) + ev(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l, env) * ev(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown op {op}")
        case ("neg", x):
            return -ev(x, env)
        case {"let": name, "be": value, "in": body}:
            return ev(body, {**env, name: ev(value, env)})
        case [*items]:
            return [ev(i, env) for i in items]
        case _:
            raise TypeError(f"bad node {node!r}")


prog = {"let": "x", "be": BinOp("+", Num(2), Num(3)), "in": [BinOp("*", Var("x"), Var("x")), ("neg", Var("x")), BinOp("*", Var("undefined"), Num(0))]}
print(ev(prog, {}))
for bad in [BinOp("-", Num(1), Num(2)), Var("nope"), 3.5]:
    try:
        ev(bad, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
