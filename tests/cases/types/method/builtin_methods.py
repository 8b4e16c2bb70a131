def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = [1, 2].append
print(m.__name__, m.__qualname__, repr(m.__self__))
t(lambda: list.append([], 1, 2))
t(lambda: list.append(1, 2))
t(lambda: dict.__dict__["fromkeys"].__get__(None, dict)("a"))
t(lambda: str.join.__get__(",")(["a", "b"]))
t(lambda: str.__dict__["join"](",", "xy"))
t(lambda: len.__self__)
t(lambda: len.__qualname__)
t(lambda: [].append.__qualname__)
t(lambda: int.__add__(1, 2))
t(lambda: int.__add__(1, 2.0))
t(lambda: int.__add__(1.0, 2))
