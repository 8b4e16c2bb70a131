def f(*a, **k): return a, k
print(f(*[1], *(2,), **{'x': 1}, **{'y': 2}), f(1, *[], x=1, **{}))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(x=1, **{'x': 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(*1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
for src in ["f(x=1, x=2)", "f(**k, *a)", "f(a=1, 2)", "f(1=2)"]:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
