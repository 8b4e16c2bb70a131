print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and 1)
print(not 1, not 0, not [], not [0])
def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
x = 3 if t(True) else 4
print(x, 5 if [] else 6)
print(all([1, 2, 3]), all([1, 0]), any([0, 0]), any([0, 1]), all([]), any([]))
if 0 or [] or {}:
    print("no")
elif 1 and "s":
    print("yes")
