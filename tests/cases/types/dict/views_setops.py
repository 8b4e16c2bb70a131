def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2, "c": 3}
t(lambda: sorted(d.keys() & {"a", "z"}))
t(lambda: sorted(d.keys() | ["z"]))
t(lambda: sorted(d.keys() - "a"))
t(lambda: sorted(d.keys() ^ {"a", "q"}))
t(lambda: d.keys() == {"a", "b", "c"})
t(lambda: d.keys() <= {"a", "b", "c", "d"})
t(lambda: sorted(d.items() & {("a", 1)}))
t(lambda: d.values() == d.values())
t(lambda: d.values() | {1})
t(lambda: ("a", 1) in d.items())
t(lambda: ("a", [1]) in d.items())
t(lambda: d.keys().isdisjoint(["x"]))
t(lambda: d.keys()[0])
t(lambda: d.keys().mapping)
t(lambda: list(reversed(d.items())))
t(lambda: len(d.values()))
