print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0, 3]), any(x > 5 for x in range(10)), all("abc"))
seen = []
def chk(v):
    seen.append(v)
    return v
print(any(chk(v) for v in [0, 1, 2]), seen)
for f in [lambda: all(5), lambda: any(None), lambda: all()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
