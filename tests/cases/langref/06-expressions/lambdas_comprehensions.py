# 6.2.4-6.2.8 Displays and comprehensions; 6.14 lambdas.
print([x * x for x in range(6) if x % 2], {x: x * 2 for x in range(3)}, sorted({c for c in "banana"}))
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print(list(x + 1 for x in [1, 2]), sum(i for i in range(101)), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
print((lambda: 42)(), (lambda x, y=2: x * y)(3), (lambda *a, **k: (a, k))(1, z=2), list(map(lambda s: s.upper(), "ab")))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [f() for f in [lambda i=i: i for i in range(3)]])
x = 10
print([x for x in range(3)], x)
print([y := 5, y ** 2], [z for w in range(4) if (z := w * 10) > 10])
print({(a, b) for a in (1, 2) for b in (1, 2) if a != b} == {(1, 2), (2, 1)}, [v for v in ()], {} , set())
