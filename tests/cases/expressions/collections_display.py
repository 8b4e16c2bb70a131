a = [1, 2, 3]
print([*a, 4], (*a,), {*a}, [*a, *a])
d = {"x": 1, **{"y": 2}, "z": 3}
print(d)
print({**d, "x": 10})
print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print({x: x * 2 for x in "abc"})
print({x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
print(list(x + 1 for x in [1, 2, 3]))
print(sum(x for x in range(101)))
nested = [[1, 2], [3], []]
print([y for x in nested for y in x])
print(a[0], a[-1], a[1:], a[:-1], a[::2], a[::-1])
s = "hello"
print(s[1], s[1:3], s[::-1])
a[1:2] = [7, 8, 9]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
t = (1, [2, 3])
t[1].append(4)
print(t)
