from _functools import partial, reduce, cmp_to_key, Placeholder


def f(*args, **kw):
    return args, kw


p = partial(f, 1, a=2)
print(p(3, b=4), p.func is f, p.args, p.keywords, repr(partial(max, 1, key=abs)))
q = partial(f, Placeholder, 2)
print(q(1), q(1, 3), repr(q).endswith("Placeholder, 2)"), repr(Placeholder))
print(partial(partial(f, 1, Placeholder, 3), 2).args)


class A:
    g = partial(f, "bound")


print(A().g(5)[0][0], A().g(5)[0][1].__class__.__name__)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, "hello"))
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
for t in [lambda: partial(1), lambda: partial(f, 1, Placeholder), lambda: q(), lambda: partial(f, a=Placeholder),
          lambda: reduce(max, []), lambda: reduce(max, 1), lambda: hash(cmp_to_key(max)(1))]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
