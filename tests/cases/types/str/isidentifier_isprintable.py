def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["a", "_", "1a", "a1", "", "é", "ℕ", "℘", "·", "a·", "\u0300", "a\u0300", "𝔘𝔫𝔦", "a-b", "if", "None", "\u2118x", "x\u2118", "ª", "ⅰ", "\U00010000"]:
    print(repr(s), s.isidentifier())
for s in ["abc", "", " ", "\t", "\n", "\x7f", "\xa0", "\xad", "\u2028", "\U0001F600", "\ud800", "\u200b", "\ufeff", "\U000E0001", "é"]:
    print(ascii(s), s.isprintable(), repr(s))
t(lambda: "a".isidentifier(1))
