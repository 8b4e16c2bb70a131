print(2 ** 10, 2 ** 0.5, 4 ** -1, (-8) ** (1/3))
print(0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(10 ** 20, (-1) ** 1001, 1.5 ** 2)
for a, b in [(0, -1), (0.0, -1.0), (-1.5, 0.5)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
