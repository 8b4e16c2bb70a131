# repr() of recursive containers and reprs that raise
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1]
l.append(l)
print(repr(l), str(l))
d = {"k": 1}
d["self"] = d
print(repr(d))
nested = [l, d]
print(nested)
t1 = (l,)
print(t1)
s = {"a": [1]}
s["a"].append(s)
print(s)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
t(lambda: repr(n))
class Bad:
    def __repr__(self):
        raise ValueError("repr failed")
t(lambda: repr([1, Bad()]))
t(lambda: repr({"k": Bad()}))
t(lambda: repr((Bad(),)))
t(lambda: str([Bad()]))
class StrOnly:
    def __str__(self):
        return "str-only"
t(lambda: str([StrOnly()]).startswith("[<"))
t(lambda: repr(range(3)), )
t(lambda: repr({1, 2}) + repr(frozenset()) + repr(set()))
t(lambda: repr({}.keys()) + repr({1: 2}.values()) + repr({1: 2}.items()))
