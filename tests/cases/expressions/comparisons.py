print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1, 3 >= 4, 3 > 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0)
print("a" < "b", "abc" == "abc", "a" != "a", [1, 2] < [1, 3], (1, 2) == (1, 2))
one = 1
print(None is None, None is not None, one is one, [] is [])
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "k" in {"k": 1}, 2 in (1, 2))
x = 5
print(0 < x < 10, 0 < x > 10)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(3))
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
