x = "outer"
r = [x for x in range(3)]
print(x, r)
print([y for y in range(2)])
try:
    y
except NameError as e:
    print(type(e).__name__ + ":", e)
n = 10
print([n + i for i in range(2)])
print([(i, j) for i in range(2) for j in range(i)])
g = (i * n for i in range(2))
n = 100
print(list(g))
