def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1]
a.append(a)
print(a)
print(str(a), repr([a, a]))
d = {"k": a}
print(d)
print([[], [[]], ["'", '"']])
print([1.0, -0.0, 1e100, None, True])
