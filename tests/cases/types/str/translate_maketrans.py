def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "abc".translate({97: "X", 98: None}))
t(lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
t(lambda: sorted(str.maketrans({"a": 1, 98: "z"}).items()))
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("a"))
t(lambda: "abc".translate({97: 3.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: "xyz"}))
t(lambda: "abc".translate([None, "q"] * 50))
