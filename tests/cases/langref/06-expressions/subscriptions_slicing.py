# 6.3.2-6.3.3 Subscriptions and slicings on builtin sequences and mappings.
s = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(s[2], s[-1], s[2:5], s[:3], s[7:], s[::3], s[::-1], s[8:2:-2], s[-3:], s[:-7], s[100:], s[-100:2])
t = tuple(s)
print(t[1:4], t[::-4], "abcdef"[1::2], range(10)[2:8:3], range(10)[-1])
d = {"a": 1, (1, 2): "tuple key", 3: "int key"}
print(d["a"], d[(1, 2)], d[1, 2], d[3], d.get("zz"))
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
s[2:4] = ["x", "y", "z"]
print(s)
s[::2] = range(6)
print(s)
del s[1:3]
print(s)
for expr in ["s[20]", "t[1.0]", "d['missing']", "d[[1]]", "(1)[0]", "s['a']", "s[::0]"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
