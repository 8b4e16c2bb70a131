def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: slice(1, 10, 2).indices(5))
t(lambda: slice(None, None, -1).indices(5))
t(lambda: slice(-100, 100).indices(5))
t(lambda: slice(None).indices(0))
t(lambda: slice(0, 5, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: slice(1.5).indices(5))
t(lambda: slice(None, None, -3).indices(10))
t(lambda: slice(10 ** 20, -10 ** 20, -1).indices(4))
