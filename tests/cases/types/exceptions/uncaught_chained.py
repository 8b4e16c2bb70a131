def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def inner():
    raise KeyError("first")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("second") from e
outer()
