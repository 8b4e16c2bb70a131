def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a != b)
print({1: 1} == {1: 1.0}, {1: 1} == {True: 1})
t(lambda: a < b)
t(lambda: {1: [1]} == {1: [1]})
t(lambda: hash({}))
t(lambda: {[]: 1})
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d)
d2 = {"k": 1}
del d2["k"]; d2["k"] = 2; d2["j"] = 3
print(d2, list(reversed(d2)))
