# 8.1 if, 8.2 while, 8.3 for, with else clauses, break and continue.
for n in range(-1, 3):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    else:
        print(n, "positive")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not reached")
while False:
    pass
else:
    print("while-else runs when the loop ends normally")
for c in "abc":
    if c == "z":
        break
else:
    print("for-else runs")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
nested = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        nested.append((i, j))
print(nested)
for k in {"b": 1, "a": 2}:
    print(k)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
