s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::3], s[::-1], s[-3:], s[:-7], s[8:2:-2], s[100:], s[-100:2])
print("hello"[1:4], "hello"[::-1], (1, 2, 3)[1:], b"bytes"[1:3], range(10)[2:8:2])
class Show:
    def __getitem__(self, k): return k
x = Show()
print(x[1:2], x[::], x[1:2, 3], x[..., 0], x[:, None], x[1:2:3])
print(slice(1, 5, 2).indices(10), slice(None, None, -1).indices(5))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__ + ":", e)
