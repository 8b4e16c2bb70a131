for i in []:
    pass
else:
    print("empty else")
for i in range(5):
    if i == 10: break
else:
    print("no break", i)
for i in range(5):
    if i == 2: break
else:
    print("not printed")
print(i)
def find(xs, t):
    for idx, x in enumerate(xs):
        if x == t: return idx
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
