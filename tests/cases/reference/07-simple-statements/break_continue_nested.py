# 7.9-7.10 break and continue affect the innermost loop only; else clauses and flags
out = []
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        out.append((i, j))
    else:
        out.append(("inner else", i))
print(out)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
print(n)
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
res = []
for x in range(5):
    try:
        if x == 3:
            break
        continue
    finally:
        res.append(x)
print(res)
i = 0
while i < 3:
    i += 1
    with memoryview(b"") as m:
        if i == 2:
            continue
    res.append(("with", i))
print(res)
for k in [1]:
    pass
else:
    print("else after complete loop")
