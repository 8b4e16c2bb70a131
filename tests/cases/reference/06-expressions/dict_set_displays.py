# 6.2.6-6.2.7 Set and dict displays: duplicate keys, evaluation order, unhashable keys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {1: "a", 1.0: "b", True: "c"})
t(lambda: {"k": 1, "k": 2})
t(lambda: {1, 1.0, True})
t(lambda: {[]: 1})
t(lambda: {[]})
t(lambda: {1: 2, **{3: 4}, 5: 6})
t(lambda: {**{1: 2}, 1: 3})
t(lambda: {*[1, 2], *(2, 3)})
t(lambda: {**[]})
t(lambda: {**{[]: 1}})
t(lambda: {k: v for k, v in [(1, 2), (1, 3)]})
t(lambda: {x % 3 for x in range(10)})
t(lambda: {(1, 2): "tuple key", frozenset([1]): "frozenset key"})
t(lambda: {(1, [2]): 0})
t(lambda: type({}).__name__ + type({1}).__name__ + type(set()).__name__)
t(lambda: {**{"a": 1}, **{"b": 2}} == dict(a=1, b=2))
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 1
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
    def __repr__(self):
        return f"K{self.n}"
t(lambda: {K(1): "a", K(2): "b", K(1): "c"})
t(lambda: {K(3), K(3)})
