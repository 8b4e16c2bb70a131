def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: str.maketrans("abc", "xyz"))
t(lambda: str.maketrans("abc", "xy"))
t(lambda: str.maketrans("ab", "xy", "c"))
t(lambda: str.maketrans({"a": "1", 98: None, "c": 3}))
t(lambda: str.maketrans({"ab": "1"}))
t(lambda: str.maketrans({1.5: "1"}))
t(lambda: str.maketrans([1]))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans())
t(lambda: "abcabc".translate({97: "AA", 98: None, 99: 120}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: b"x"}))
t(lambda: "abc".translate([None, "x"] * 60))
t(lambda: "abc".translate("xyz" * 40))
class M:
    def __getitem__(self, k):
        if k == 97:
            raise LookupError
        if k == 98:
            raise KeyError(k)
        if k == 99:
            raise ValueError("no")
        return None
t(lambda: "ab".translate(M()))
t(lambda: "abc".translate(M()))
t(lambda: "\U0001F600a".translate({0x1F600: "x", 97: "\U0001F601"}))
t(lambda: "abc".translate(1))
