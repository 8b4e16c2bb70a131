for i in range(3):
    print("for", i)
else:
    print("for-else")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while-else", n)
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
for c in "ab":
    for d in "xy":
        if d == "y":
            break
        print(c, d)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
for k in {"a": 1, "b": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
