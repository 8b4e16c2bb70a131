# Raw t-strings, quoting, escapes and PEP 701 nesting inside t-strings.
x = "val"
print(rt"\n{x}\t".strings, Rt"\d".strings, tr"\w".strings, TR"{x}\\".strings)
print(t"\n{x}\t".strings)
print(t'{"double" + x}'.values, t"{'single' + x}".values)
print(t"{f'{x}!'}".values, t"{t'{x}'.values}".values)
print(t"{{literal braces}} {x}".strings)
print(t"{x!r}{{".strings)
print(t"""triple "quoted" {x}""".strings)
print(t'''{x}
second line'''.strings)
print(t"{'\N{GREEK SMALL LETTER ALPHA}'}".values, t"\N{BULLET} {x}".strings)
print(t"{x:\n}".interpolations[0].format_spec == "\n")
print(t"{
    x
}".interpolations[0].expression)
print(t"{x   }".interpolations[0].expression, t"{x   =}".strings)
