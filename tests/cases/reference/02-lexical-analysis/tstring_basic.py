name = "World"
t = t"Hello {name}!"
print(type(t).__name__)
print(t.strings)
print(len(t.interpolations), t.interpolations[0].value, t.interpolations[0].expression)
print(t.values)
i = t"{name!r:>10}".interpolations[0]
print(i.conversion, repr(i.format_spec))
