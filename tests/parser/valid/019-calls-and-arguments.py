f(1, *a, 2, *b, k=1, **c, j=2, **d)
f(x for x in y)
f(a=1)(b=2)[0].c(*d)
print(*args, sep="", end="\n", file=sys.stderr)
g(
    1,
    2,
)
h(*a, *b, **c, **d)
i(k=lambda x: x, **{"a": 1})
