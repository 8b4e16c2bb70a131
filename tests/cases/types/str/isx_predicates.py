def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["", "abc", "ABC", "Abc Def", "123", "\u00b2", "\u0663", "1.5", " \t", "a1", "_x", "x y", "\u2167", "ǅ", "\x00"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
