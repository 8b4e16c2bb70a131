# List sorting: ints, strings, tuples, and a key function; a deterministic LCG for data.
seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


ints = [rand() % 100000 for _ in range(100000)]
strs = [str(rand()) for _ in range(50000)]
pairs = [(rand() % 100, rand() % 1000) for _ in range(50000)]
a = sorted(ints)
b = sorted(strs)
c = sorted(pairs)
d = sorted(ints, key=lambda v: -v)
ints.sort(reverse=True)
print(a[0], a[-1], b[0], b[-1], c[0], c[-1], d[0], ints[0])
