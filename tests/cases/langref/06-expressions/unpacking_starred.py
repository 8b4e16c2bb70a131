# 6.2.3, 7.2 Unpacking in expressions, assignments and calls.
a, b, *rest = range(5)
print(a, b, rest)
first, *middle, last = "hello"
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
*init, = [1, 2]
print(init)
print(*[1, 2], *"ab", sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*(1, 2), *[3], **{"a": 4}, b=5))
print([*range(2), *(3, 4)], (*"xy",), {*[1, 1, 2]})
for stmt in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "x, y = None"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
