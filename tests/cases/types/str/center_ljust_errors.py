def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "ab".center(5, "xy"))
t(lambda: "ab".center(5, ""))
t(lambda: "ab".center(-5))
t(lambda: "ab".center(5.0))
t(lambda: "ab".ljust(5, "é"))
t(lambda: "ab".rjust(True, "*"))
t(lambda: "ab".zfill(-1))
t(lambda: "".zfill(3))
t(lambda: "+".zfill(3))
t(lambda: "ab".center())
