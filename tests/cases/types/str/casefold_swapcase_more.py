def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["ß", "ẞ", "ﬀ", "İ", "ı", "ǅ", "Ω", "ω", "µ", "ſ", "ᾳ", "ΐ", "Straße", "ΣΑΣ", "ǰ", "ŉ", "ﬅ", "ꭰ", "Ꭰ", "\U00010400", "ᏸ"]:
    print(ascii(s), ascii(s.casefold()), ascii(s.swapcase()), ascii(s.lower()), ascii(s.upper()), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold(), "ß".upper(), len("ß".upper()), "ﬃ".upper())
t(lambda: "a".casefold(1))
t(lambda: "a".swapcase(None))
t(lambda: str.casefold(b"A"))
