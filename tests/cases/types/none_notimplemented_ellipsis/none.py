def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(None), str(None), type(None).__name__, bool(None), None is None, f"{None!r:>6}")
t(lambda: None + 1)
t(lambda: None < None)
t(lambda: None == 0)
t(lambda: None.x)
t(lambda: None())
t(lambda: None[0])
t(lambda: len(None))
t(lambda: iter(None))
t(lambda: type(None)())
t(lambda: type(None)(1))
t(lambda: hash(None) == hash(None))
t(lambda: format(None, ""))
t(lambda: format(None, "s"))
