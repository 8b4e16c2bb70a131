# Iterating a Template yields its strings and interpolations in order, skipping empty strings.
x, y = 1, 2


def show(tpl):
    print([type(p).__name__ + ":" + (p if isinstance(p, str) else p.expression) for p in tpl])


show(t"a{x}b{y}c")
show(t"{x}{y}")
show(t"{x}")
show(t"")
show(t"text")
show(t"{x} and {y}")
it = iter(t"a{x}")
print(type(it).__name__, type(it).__module__, iter(it) is it)
print(repr(next(it)), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next(it)
except StopIteration:
    print("still StopIteration")
print(list(t"{x}{x}{x}"))
a, b, c = t"1{x}2"
print(a, b.value, c)
