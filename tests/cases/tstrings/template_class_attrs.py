# Template and Interpolation type attributes: generic aliases, read-only members, pickling hooks.
Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: Template[str])
t(lambda: type(Template[str]).__name__)
t(lambda: Interpolation[int])
x = 1
tpl = t"a{x}"
t(lambda: setattr(tpl, "strings", ()))
t(lambda: setattr(tpl, "values", ()))
t(lambda: setattr(tpl, "extra", 1))
t(lambda: delattr(tpl.interpolations[0], "value"))
t(lambda: Interpolation.__match_args__)
t(lambda: sorted(n for n in ("strings", "interpolations", "values", "__iter__", "__add__") if hasattr(Template, n)))
t(lambda: sorted(n for n in ("value", "expression", "conversion", "format_spec") if hasattr(Interpolation, n)))
t(lambda: Interpolation(1, "x").__reduce__())


def subclass(base):
    class Sub(base):
        pass

    return Sub


t(lambda: subclass(Template))
t(lambda: subclass(Interpolation))
t(lambda: Template.__doc__)
t(lambda: Interpolation.__doc__)
