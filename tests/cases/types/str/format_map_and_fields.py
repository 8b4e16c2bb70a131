def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
t(lambda: "{a}-{zz}".format_map(D(a=1)))
t(lambda: "{0}{1}{0}".format("x", "y"))
t(lambda: "{}{}".format(1))
t(lambda: "{0}{}".format(1, 2))
t(lambda: "{x.real}{y[0]}".format(x=3, y=[9]))
t(lambda: "{y[a]}".format(y={"a": 5}))
t(lambda: "{!x}".format(1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{{}}".format())
t(lambda: "{:{w}.{p}f}".format(3.14159, w=8, p=2))
t(lambda: "{0.nope}".format(1))
t(lambda: "{a}".format_map([]))
