g = (x * 2 for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(5)), max((len(s) for s in ['a', 'abc'])))
def gen_source():
    print("source evaluated")
    return range(3)
g2 = (x for x in gen_source())
print("created")
print(list(g2))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
