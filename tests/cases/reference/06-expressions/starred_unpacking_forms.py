# 6.2 / 7.2: starred and nested unpacking in displays, calls and assignment targets
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, *b, c = range(5)
print(a, b, c)
*d, = "xyz"
print(d)
(e, f), *g = (1, 2), 3, 4
print(e, f, g)
[h, [i, *j]], k = [0, [1, 2, 3]], 4
print(h, i, j, k)
first, *_, last = [1]  if False else [1, 2]
print(first, last, _)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *"xy"], (*[1], *[2]), {*[1, 1], *[2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def unpack2():
    x, y = [1, 2, 3]
t(unpack2)
def unpack3():
    x, y, z = [1, 2]
t(unpack3)
def unpack_star():
    x, y, *z = [1]
t(unpack_star)
def unpack_int():
    x, y = 5
t(unpack_int)
def unpack_dict():
    x, y = {"a": 1, "b": 2}
    return x, y
t(unpack_dict)
def unpack_gen():
    x, *y = (i * i for i in range(4))
    return x, y
t(unpack_gen)
for src in ["*a, *b = 1, 2", "*a = 1", "a, *b, c, *d = x", "print(*)", "[*a for a in b]", "{**a for a in b}", "f(**)", "*a"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
t(lambda: [*5])
t(lambda: {**[1]})
t(lambda: dict(**{1: 2}))
t(lambda: (lambda **k: k)(**{"a": 1}, **{"a": 2}))
t(lambda: (lambda *a: a)(*None))
