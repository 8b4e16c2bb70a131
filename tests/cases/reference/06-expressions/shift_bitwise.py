print(1 << 100, -1 >> 5, -16 >> 2, 5 >> 10, 0 << 1000)
print(5 & -2, -5 | 2, -5 ^ 3, ~0, ~-1, True & False, True | 2)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__ + ":", e)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2} - {2})
print(dict(a=1) | dict(b=2))
