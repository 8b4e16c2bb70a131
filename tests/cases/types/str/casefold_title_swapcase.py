def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["ß", "ﬁ", "İ", "Σ", "ΑΣ ΑΣ", "they're bill's", "hello WORLD 3rd", "ǅungla", "ŉ", "İstanbul"]:
    print(repr(s), repr(s.casefold()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()), repr(s.upper()), repr(s.lower()))
