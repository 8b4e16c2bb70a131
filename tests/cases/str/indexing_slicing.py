s = "hello, world"
print(s[0], s[-1], s[4], s[-5])
print(s[2:5], s[:3], s[7:], s[-5:-1], s[::2], s[::-1], s[10:2:-3], s[100:], s[-100:3])
print(repr(s[5:5]), repr(s[8:2]))
t = "a😀b€c"
print(len(t), t[1], t[2], t[-1], t[::-1], t[1:3], t[::2])
for bad in [100, -100]:
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
