def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = frozenset({1})
print(sorted(f))
f.discard(1)
