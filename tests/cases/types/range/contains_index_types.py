def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
r = range(10)
print(5 in r, 5.0 in r, 5.5 in r, True in r, "5" in r, None in r, 2**100 in r, -1 in r, 10 in r)
class I:
    def __index__(self): return 3
class E:
    def __eq__(self, o): return o == 4
print(I() in r, E() in r, r.index(True), r.count(True), r.count(5.0), r.count(E()))
t(lambda: r.index(E()))
t(lambda: r.index(I()))
t(lambda: r.index(5.0))
t(lambda: r.index("a"))
big = range(0, 2**100, 7)
print(big.index(7 * 10**10), 7 * 10**10 in big, 7 * 10**10 + 1 in big, big.count(14))
neg = range(10, 0, -2)
print(list(neg), 4 in neg, 3 in neg, neg.index(4), neg[1:3], neg[::-1], neg[-1], list(neg[1:-1]))
print(range(0, 10, 3)[-1], range(0, -10, -3)[-1], range(5)[::-2], range(5)[10:], range(5)[-10:2], range(1, 10, 2)[::3])
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(3) == range(0, 3, 1), range(0) == range(2, 2), range(0, 1, 3) == range(0, 2, 5))
