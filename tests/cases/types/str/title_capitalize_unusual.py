def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["ǆemal", "ǅ", "ŉ", "ß", "ﬁsh", "ǰ", "hello world", "hello-world's", "ΣΑΣ σας", "ὈΔΥΣΣΕΎΣ", "aBC dEF", "1a2b", "İstanbul", "ﬃ", "\u1f80", "ǈ"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()))
    print(s.istitle(), s.isupper(), s.islower())
t(lambda: "Σ".lower())
t(lambda: "AΣ".lower())
t(lambda: "AΣb".lower())
t(lambda: "AΣ b".lower())
t(lambda: "aΣ'".lower())
t(lambda: "A\u0345".casefold())
t(lambda: "abc".title(1))
