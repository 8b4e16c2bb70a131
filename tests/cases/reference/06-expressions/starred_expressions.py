a = [1, 2]; b = (3,); d = {'x': 1}
print([*a, *b, 0], (*a,), {*a, *b}, {**d, 'y': 2}, {**d, 'x': 9})
print(*a, sep='-')
print(*'abc', *[], sep='')
first, *rest = range(4); print(first, rest)
*init, last = "xyz"; print(init, last)
for src in ["*a", "print(**d for d in x)", "a = *b", "*a, *b = c", "[*a] = 1, 2"]:
    try:
        compile(src, "<s>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
