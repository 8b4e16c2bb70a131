# The format spec is stored as a string; interpolations inside it are evaluated eagerly.
x = 3.14159
width, prec = 10, 2
spec_t = t"{x:{width}.{prec}f}"
i = spec_t.interpolations[0]
print(repr(i.format_spec), format(i.value, i.format_spec))
print(repr(t"{x:>{width}}".interpolations[0].format_spec))
print(repr(t"{x:{'<'}{width}}".interpolations[0].format_spec))
print(repr(t"{x!r:^{width * 2}}".interpolations[0].format_spec))
print(repr(t"{x:}".interpolations[0].format_spec))
print(repr(t"{x:{{}}}".interpolations[0].format_spec) if False else "skip")
print(repr(t"{x:%}".interpolations[0].format_spec))
print(repr(t"{x:{width}{'}'}}".interpolations[0].format_spec) if False else "skip")
print(repr(t"{x:=^20,.3f}".interpolations[0].format_spec))
calls = []


def w():
    calls.append("w")
    return 4


tpl = t"{x:{w()}}{x:{w()}}"
print(calls, [i.format_spec for i in tpl.interpolations])


def render(tpl):
    out = []
    for part in tpl:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(format(part.value, part.format_spec))
    return "".join(out)


print(render(t"[{x:8.3f}] [{width:04d}] [{'s':>3}]"))
