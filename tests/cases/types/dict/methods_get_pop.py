def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2}
t(lambda: d.get("a"))
t(lambda: d.get("z"))
t(lambda: d.get("z", 0))
t(lambda: d.pop("a"))
t(lambda: d.pop("a"))
t(lambda: d.pop("a", "dflt"))
t(lambda: d.setdefault("c", []))
t(lambda: d.setdefault("c", 5))
t(lambda: d.popitem())
t(lambda: d)
t(lambda: {}.popitem())
t(lambda: d.get())
t(lambda: d.get([]))
t(lambda: d[[]])
t(lambda: d["missing"])
