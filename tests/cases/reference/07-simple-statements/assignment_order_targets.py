# 7.2 Assignment statements: targets assigned left to right after evaluating the right side
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
a = [1, 2]
a[0], a[1] = a[1], a[0]
print(a)
b = c = []
b.append(1)
print(c)
d = {}
d["a"] = d = {"fresh": 1}
print(d)
e = [None]
e[0] = e
print(e)
class T:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
t = T()
t.a, t.b = t.c = 1, 2
s = [0] * 5
s[1:3] = "ab"
print(s)
s[1:3] = []
print(s)
s[:0] = [7]
print(s)
s[::2] = [8, 8]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
n = m = k = 0
n += 1
print(n, m, k)
(p) = 5
[q] = [6]
(r,) = (7,)
print(p, q, r)
def f():
    return 1, 2
u, v = w = f()
print(u, v, w)
for src in ["f() = 1", "1 = x", "x + 1 = 2", "(a, b) += 1", "[a] += 1", "a, b += 1", "*a += 1", "None = 1", "x = *a", "'s' = 1", "f'{x}' = 1", "x.y += 1", "a if b else c = 1", "[a, b] = c", "(a := 1) = 2", "a and b = c", "-a = 1", "{a: b} = c", "{a} = b", "a < b = c", "... = 1", "yield = 1", "lambda: 1 = 1", "await x = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
