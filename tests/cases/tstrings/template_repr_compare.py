# repr(), str(), equality and hashing of Templates and Interpolations.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = 5
a = t"x={x!r:>3}"
print(repr(a))
print(str(a))
print(repr(a.interpolations[0]))
print(f"{a}" == repr(a))
t(lambda: a == t"x={x!r:>3}")
t(lambda: a == a)
t(lambda: a != a)
t(lambda: a < a)
t(lambda: hash(a) == hash(a))
t(lambda: hash(a.interpolations[0]) == hash(a.interpolations[0]))
t(lambda: {a: 1}[a])
t(lambda: bool(t""))
t(lambda: len(a))
t(lambda: a[0])
t(lambda: "x" in a)
print(repr(t"{'quote\"s'}"), repr(t"{[1, (2,)]}"))


class Loud:
    def __repr__(self):
        return "<Loud>"


print(repr(t"{Loud()}"))
