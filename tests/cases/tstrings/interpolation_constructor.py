# Interpolation(value, expression="", conversion=None, format_spec="").
Interpolation = type(t"{0}".interpolations[0])


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: Interpolation(1))
t(lambda: Interpolation(1, "x"))
t(lambda: Interpolation(1, "x", "s", "^4"))
t(lambda: Interpolation(value=[1], expression="lst", conversion="a", format_spec=""))
t(lambda: Interpolation(1, "x", None, ""))
t(lambda: Interpolation())
t(lambda: Interpolation(1, 2))
t(lambda: Interpolation(1, "x", "z"))
t(lambda: Interpolation(1, "x", ""))
t(lambda: Interpolation(1, "x", "rs"))
t(lambda: Interpolation(1, "x", b"r"))
t(lambda: Interpolation(1, "x", None, None))
t(lambda: Interpolation(1, "x", None, 5))
t(lambda: Interpolation(1, "x", None, "", "extra"))
t(lambda: Interpolation(1, "x", bogus=1))
i = Interpolation({"k": 1}, "d", "r", "")
print(i.value, i.expression, i.conversion, repr(i.format_spec))
t(lambda: setattr(i, "value", 2))
t(lambda: setattr(i, "other", 2))
t(lambda: i.__reduce__())
t(lambda: Interpolation(1, "a") == Interpolation(1, "a"))
t(lambda: type(i).__module__)
