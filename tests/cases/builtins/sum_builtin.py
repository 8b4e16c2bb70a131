print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, 2.5]), sum([True, True, 3]), sum(x * x for x in range(4)), sum([2**64, 2**64]), sum([1e308, 1e308]))
for f in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([b"a"], b"")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
