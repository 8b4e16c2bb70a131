class Node:
    __match_args__ = ("kind", "children")

    def __init__(self, kind, children=()):
        self.kind = kind
        self.children = list(children)


def describe(n):
    match n:
        case Node("leaf"):
            return "leaf"
        case Node("pair", [Node("leaf"), Node("leaf")]):
            return "pair of leaves"
        case Node("pair", [Node(k1), Node(k2)]) if k1 == k2:
            return f"pair of {k1}"
        case Node(kind, [first, *rest]) if rest:
            return f"{kind} with {1 + len(rest)} children starting {describe(first)}"
        case Node(kind, []):
            return f"empty {kind}"
        case Node(kind, [only]):
            return f"{kind} wrapping {describe(only)}"


leaf = Node("leaf")
for n in [leaf, Node("pair", [leaf, leaf]), Node("pair", [Node("x"), Node("x")]), Node("pair", [Node("x"), Node("y")]),
          Node("list", [leaf, leaf, leaf]), Node("box"), Node("box", [Node("box")])]:
    print(describe(n))


class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)


match P(a=1, b=[1, 2], c={"k": "v"}):
    case P(a=int(x), b=[_, y], c={"k": str() as z}):
        print("keywords only:", x, y, z)
match P(a=1):
    case P(b=_):
        print("missing attribute matched?")
    case P(a=1 | 2):
        print("or inside keyword")
