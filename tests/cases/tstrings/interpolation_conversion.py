# !s, !r and !a in t-strings are recorded, not applied: the value stays as written.
class V:
    def __repr__(self):
        return "V()"

    def __str__(self):
        return "v"


v = V()
s = "é"
for tpl in (t"{v}", t"{v!s}", t"{v!r}", t"{v!a}", t"{s!a}", t"{s!r:>6}"):
    i = tpl.interpolations[0]
    print(repr(i.conversion), repr(i.format_spec), i.value is v or i.value)


def c(src):
    try:
        compile(src, "<s>", "eval")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)


c('t"{v!x}"')
c('t"{v!}"')
c('t"{v!rr}"')
c('t"{v!r !s}"')
c('t"{v! r}"')
c('t"{v!R}"')
c('t"{v!r=}"')
c('t"{v=!r}"')


def convert(value, conversion):
    return {None: lambda x: x, "s": str, "r": repr, "a": ascii}[conversion](value)


print([convert(i.value, i.conversion) for i in t"{v}{v!s}{v!r}{s!a}".interpolations])
