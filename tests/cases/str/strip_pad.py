print(repr("  x y  ".strip()), repr("\t\n x \x0b".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("  x ".lstrip()), repr("  x ".rstrip()), repr("www.example.com".lstrip("cmowz.")), repr("".strip()))
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "*")), repr("ab".center(1)))
print(repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+x".zfill(4)), repr("abc".zfill(2)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "abc".removeprefix("z"), "abc".removesuffix(""))
for f in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".strip(1), lambda: "a".zfill("3")]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
