# 6.5-6.9: TypeError messages of every binary and unary operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class X:
    pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    t(lambda: eval(f"1 {op} 'a'"))
    t(lambda: eval(f"X() {op} None", {"X": X}))
for op in ["-", "+", "~"]:
    t(lambda: eval(f"{op}'a'"))
t(lambda: ~1.5)
t(lambda: ~[])
t(lambda: "a" + 1)
t(lambda: [1] + (2,))
t(lambda: (1,) + [2])
t(lambda: "a" * 1.5)
t(lambda: [1] * "2")
t(lambda: b"a" + "b")
t(lambda: {1} + {2})
t(lambda: {1: 2} | [3])
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1, 0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: (-8) ** 0.5)
t(lambda: 2 ** 0.5 ** 2)
t(lambda: None + None)
t(lambda: pow(1, 2, 3, 4))
