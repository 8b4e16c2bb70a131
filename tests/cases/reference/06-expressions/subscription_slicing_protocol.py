# 6.3.2-6.3.3 Subscriptions and slicings reach __getitem__ with ints, slices, tuples
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[-1], s[1:2], s[1:2:3], s[::], s[:], s[::-1])
print(s[1, 2], s[1:2, 3], s[...], s[..., 0], s[:, :], s[()], s[(1,)], s[1,])
print(s["k"], s[None], s[1:"a"], s[[1, 2]])
print(s[*[1, 2]], s[*"ab", 3])
sl = s[1:2:3]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
x = [0, 1, 2, 3, 4, 5]
print(x[-100:100], x[4:1], x[4:1:-1], x[::2], x[1::-1], x[-2:], x[:-2])
print("hello"[::-1], "hello"[1:4:2], (1, 2, 3)[::2], range(10)[2:8:3])
class Idx:
    def __index__(self):
        return 2
print(x[Idx()], x[Idx():], x[:Idx()], "abcd"[Idx()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: x[1.0])
t(lambda: x["a"])
t(lambda: x[1:2.5])
t(lambda: x[::0])
t(lambda: x[10])
t(lambda: "ab"[5])
t(lambda: (1,)[-2])
t(lambda: {}["missing"])
t(lambda: {}[[]])
t(lambda: 5[0])
t(lambda: None[0])
t(lambda: x[2 ** 100])
t(lambda: x[-2 ** 100:2 ** 100])
t(lambda: (lambda: 0)[0])
