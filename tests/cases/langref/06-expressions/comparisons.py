# 6.10 Comparisons: chaining, identity, membership, mixed types, and their errors.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 > 2, 3 > 2 == 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "a" < "b" < "c", {1: 2} == {1: 2})
print(None is None, x is not None, [] is [], 1 in [1, 2], 3 not in (1, 2), "k" in {"k": 1}, 2 in {2, 3})
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5), calls)
for expr in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "1 in 5", "object() < object()"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
