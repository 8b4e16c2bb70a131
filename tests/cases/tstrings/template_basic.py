# A t-string evaluates to a Template: static strings, interpolations and their values.
Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])
name, n = "World", 3
tpl = t"Hello {name}, you have {n} new messages"
print(type(tpl).__name__, type(tpl).__module__, type(tpl).__qualname__)
print(tpl.strings)
print(tpl.interpolations)
print(tpl.values)
print(len(tpl.strings) == len(tpl.interpolations) + 1)
empty = t""
print(empty.strings, empty.interpolations, empty.values)
only = t"{name}"
print(only.strings, only.values)
adjacent = t"{name}{n}"
print(adjacent.strings, adjacent.values)
static = t"just text"
print(static.strings, static.interpolations)
multi = t"""line one
{name}
line three"""
print(multi.strings)
i = tpl.interpolations[0]
print(type(i).__name__, i.value, i.expression, i.conversion, repr(i.format_spec))
print(isinstance(tpl, Template), isinstance(i, Interpolation))
print(t"{n + 1}".values, t"{[n] * 2}".values, t"{'nested'}".values)
print(t'{name!r}' .interpolations[0].conversion, t"{n:>5}".interpolations[0].format_spec)
