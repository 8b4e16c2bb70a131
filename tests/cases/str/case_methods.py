words = ["hello World", "ÉCOLE", "straße", "ǆungla", "hello_world-foo bar", "123abc", "", "ΣΑΣ", "they're bill's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "Abc Def", "abc1", "123", "", " ", "\t\n", "²", "½", "٣", "Ab Cd", "ǅungla"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(),
          w.isdecimal(), w.isnumeric(), w.isspace(), w.isascii(), w.isprintable(), w.isidentifier())
