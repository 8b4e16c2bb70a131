a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *y, z = range(5)
print(x, y, z)
p, q = "hi"
print(p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, b, c = (1, 2)
except ValueError as ex:
    print(ex)
try:
    a, b = 5
except TypeError as ex:
    print(ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(ex)
try:
    a, b = iter([1, 2, 3])
except ValueError as ex:
    print(ex)
