for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r",
          "\x00\x07\x1f\x7f", "é", "\x85\xa0", "\u200b\u2028", "日本語", "😀", "\ud800", "\udfff",
          "\U0010ffff", "\ufeff", "\u00ad", "\U0001f600x"]:
    print(repr(s), ascii(s), len(s))
print(str("abc"), str(12), str(None), str([1, "a"]))
