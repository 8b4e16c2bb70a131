# Match-heavy: an interpreter-like dispatch over tuples, class patterns and dicts.
class Const:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Add:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


class Mul:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def evaluate(node):
    match node:
        case Const(v):
            return v
        case Add(Const(0), r) | Add(r, Const(0)):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(Const(1), r):
            return evaluate(r)
        case Mul(l, r):
            return evaluate(l) * evaluate(r) % 1000003
        case _:
            raise TypeError(node)


def step(state, instr):
    match instr:
        case ("push", value):
            state.append(value)
        case ("pop",):
            state.pop()
        case ("add",):
            b = state.pop()
            state.append(state.pop() + b)
        case ("dup", n) if n > 0:
            state.extend(state[-1:] * n)
        case ("jmp", *_):
            pass
        case {"op": "mul", "by": k}:
            state.append(state.pop() * k % 1000003)
        case {"op": "neg"}:
            state.append(-state.pop())
        case [*_]:
            raise ValueError(instr)


def make_tree(depth, seed):
    if depth == 0:
        return Const(seed % 7 + 1)
    if seed % 3 == 0:
        return Add(make_tree(depth - 1, seed * 7 + 1), make_tree(depth - 1, seed + 3))
    return Mul(make_tree(depth - 1, seed + 5), make_tree(depth - 1, seed * 3 + 2))


program = [("push", 3), ("dup", 2), ("add",), ("pop",), {"op": "mul", "by": 7}, ("jmp", 1, 2), {"op": "neg"}, ("push", 11), ("add",)]
acc = 0
for i in range(40000):
    st = [i]
    for ins in program:
        step(st, ins)
    acc = (acc + sum(st)) % 1000003
tree = make_tree(11, 5)
tot = 0
for _ in range(25):
    tot = (tot + evaluate(tree)) % 1000003
print(acc, tot)
