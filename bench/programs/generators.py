# Generator pipelines: nested generators, generator expressions, yield from.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from naturals(n)
    yield from naturals(n)


total = sum(x * x for x in evens(naturals(1500000)))
count = sum(1 for _ in chained(700000))
print(total, count)
