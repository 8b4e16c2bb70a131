# Processing templates the way PEP 750 intends: a renderer equivalent to f-strings,
# an HTML-escaping renderer, and nested templates as values.
def convert(value, conversion):
    if conversion == "s":
        return str(value)
    if conversion == "r":
        return repr(value)
    if conversion == "a":
        return ascii(value)
    return value


def f(tpl):
    parts = []
    for item in tpl:
        if isinstance(item, str):
            parts.append(item)
        else:
            parts.append(format(convert(item.value, item.conversion), item.format_spec))
    return "".join(parts)


def html(tpl):
    esc = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
    out = []
    for item in tpl:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item.value, type(tpl)):
            out.append(html(item.value))
        else:
            out.append("".join(esc.get(ch, ch) for ch in str(item.value)))
    return "".join(out)


name, price, items = "naïve <b>", 3.5, ["x", "y"]
for tpl in (t"{name}", t"{name!r}", t"{name!a:>20}", t"{price:08.3f}|{items!s:^14}|", t"{price=}", t"{price = :.1f}"):
    print(f(tpl))
inner = t"<i>{name}</i>"
print(html(t"<p>{inner} costs {price}</p>"))
print(html(t"{'&'}"))
x = 7
print(f(t"{x:{'>'}{x}}"), f"{x:{'>'}{x}}")
print(f(t"{x!r:{x}}"), f"{x!r:{x}}")
