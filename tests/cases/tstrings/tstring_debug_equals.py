# `{expr=}` in a t-string puts the expression text in the strings, and defaults to !r.
x, name = 42, "Ann"
for tpl in (t"{x=}", t"{x = }", t"{x=!s}", t"{x=:>5}", t"{x=!r:>5}", t"{name=}", t"a{x=}b", t"{x + 1=}"):
    print(tpl.strings, [(i.expression, i.conversion, i.format_spec) for i in tpl.interpolations])
print(t"{x=}{name=}".strings)
print(t"{ x = }".strings, t"{ x = }".interpolations[0].expression)
