# repr()/ascii() of strings with quotes, escapes, non-printable and astral characters
for s in ["", "'", '"', "'\"", "\\", "\n\r\t", "\x00\x7f\x80\x9f\xa0", "é", "\u200b", "\u2028", "\ud800", "\U0001f600", "\U000e0001", "\x1b[0m", "a'b\"c", "ÿ\u0100", "\uffff", "\U0010ffff", "\u00ad"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["é", "\n"]), ascii(["é", "\n"]), ascii({"ключ": "значение"}))
print(ascii(1), ascii(b"\xff"), ascii(None), ascii(1.5), ascii((1, "€")))
class R:
    def __repr__(self):
        return "réprésentation\n"
print(repr(R()), ascii(R()))
print(repr(b"'\""), repr(b"\x00\xff\t"), repr(bytearray(b"'")))
print(repr("\\N{x}"), "a\tb".expandtabs(2), repr("\a\b\f\v"))
try:
    ascii()
except TypeError as e:
    print("TypeError:", e)
try:
    repr(1, 2)
except TypeError as e:
    print("TypeError:", e)
