def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"ab"), list(x for x in "xy"))
t(lambda: list(1))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
t(lambda: list(None))
l = [1, 2, 3]
l.__init__("ab")
print(l)
l.__init__()
print(l)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = True
x = L("ab")
print(x, x.extra, type(x).__name__, len(x), x == ["a", "b"])
class LI(list):
    def __iter__(self):
        return iter([9, 9])
print(list(LI([1, 2])), [*LI([1, 2])], tuple(LI([1])), sorted(LI([3, 1])), LI([1, 2]) + [3], sum(LI([1, 2])))
class LL(list):
    def __len__(self):
        return 100
print(len(LL([1])), list(LL([1, 2])), bool(LL()))
print([1, 2, 3].__reversed__().__class__.__name__, list(reversed([1, 2, 3])), [1, 2].__sizeof__() > 0)
print(list.__hash__, [].__class__, type([]) is list, [] is not [])
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: list.append(1, 2))
t(lambda: list.append([], 1, 2))
