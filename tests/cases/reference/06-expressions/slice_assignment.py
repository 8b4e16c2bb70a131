a = list(range(6))
a[1:3] = ['x', 'y', 'z']; print(a)
a[::2] = [0, 0, 0, 0][:len(a[::2])]; print(a)
a[:] = []; print(a)
b = [1, 2, 3, 4]
del b[::2]; print(b)
b[1:1] = [9, 9]; print(b)
try:
    c = [1, 2, 3, 4]; c[::2] = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
