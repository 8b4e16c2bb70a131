# Template(*args): strings and Interpolations in any order.
Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


i1 = Interpolation(1, "one")
i2 = Interpolation(2, "two", "r", ">3")
t(lambda: Template())
t(lambda: Template("only"))
t(lambda: Template("a", "b", "c"))
t(lambda: Template(i1))
t(lambda: Template(i1, i2))
t(lambda: Template("a", i1, "b", i2, "c"))
t(lambda: Template("a", "b", i1, "c", "d"))
t(lambda: Template(i1, "x", i2).strings)
t(lambda: Template(1))
t(lambda: Template("a", None))
t(lambda: Template(["a"]))
t(lambda: Template("a", strings=("a",)))
t(lambda: Template(t"nested"))
t(lambda: Template("a", i1).values)
t(lambda: Template("a", i1) == Template("a", i1))


class S(str):
    pass


t(lambda: Template(S("sub"), i1).strings)
t(lambda: type(Template(S("sub")).strings[0]).__name__)
