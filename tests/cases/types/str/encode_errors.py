def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "a\xe9\u20ac\U0001F600\udc80"
for enc in ("ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"):
    for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(enc, err, s.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__ + ":", e)
t(lambda: "abc".encode("nope"))
t(lambda: "abc".encode("utf-8", "nope"))
t(lambda: "\udc80".encode("utf-8", "nope"))
t(lambda: "abc".encode(1))
t(lambda: "abc".encode(errors=1))
t(lambda: "abc".encode(encoding="UTF8"))
t(lambda: "abc".encode("utf_8"))
t(lambda: "é".encode("Latin1"))
t(lambda: "é".encode("iso-8859-1"))
try:
    "a\u20acb".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
