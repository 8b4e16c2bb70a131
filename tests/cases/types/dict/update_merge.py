def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1}
d.update({"b": 2}, c=3); print(d)
d.update([("d", 4)]); print(d)
d.update(e=5); print(d)
t(lambda: d.update([1]))
t(lambda: d.update([("a", 1, 2)]))
t(lambda: d.update(5))
t(lambda: d.update({}, {}))
t(lambda: {"a": 1} | {"a": 2, "b": 3})
t(lambda: {"a": 1} | [("b", 2)])
e = {"x": 1}
e |= [("y", 2)]; print(e)
def bad():
    f = {}
    f |= 5
t(bad)
t(lambda: dict({"a": 1}, a=2))
t(lambda: dict([("a", 1)], **{"b": 2}))
t(lambda: dict(1, 2))
