def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for w_ in [-1, 0, 3, 4, 7]:
    print(w_, repr("abc".ljust(w_)), repr("abc".rjust(w_, "-")), repr("abc".center(w_, "-")))
t(lambda: "a".ljust(2**100))
t(lambda: "a".rjust(5, "xy"))
t(lambda: "a".ljust(5, b"x"))
t(lambda: "a".center(5, None))
t(lambda: "a".rjust())
t(lambda: "a".ljust(1, "x", "y"))
t(lambda: "a".ljust(width=3))
t(lambda: "a".center(3.0))
class S(str): pass
print(type(S("abc").ljust(2)).__name__, type(S("abc").ljust(4)).__name__, type(S("").center(0)).__name__)
