def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    yield 1
    raise RuntimeError("inside generator")
for x in g():
    print(x)
