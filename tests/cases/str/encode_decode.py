print("héllo €".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "é".encode("utf-16"), "é".encode("utf-16-le"))
print(b"h\xc3\xa9llo".decode(), b"h\xe9".decode("latin-1"), b"abc".decode("ascii"), str(b"\xc3\xa9", "utf-8"))
for f in [lambda: "é".encode("ascii"), lambda: "aé€".encode("latin-1"), lambda: b"\xff".decode(),
          lambda: b"a\xe2\x82".decode(), lambda: b"\xe2\x82x".decode(), lambda: b"\x80abc".decode("ascii"),
          lambda: "\ud800".encode(), lambda: "x".encode("nope"), lambda: b"x".decode("utf-8", "nope"),
          lambda: str(b"x", 5), lambda: str(5, "utf-8")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"\xffab\xfe".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), repr(b"\xffab".decode("utf-8", "surrogateescape")))
print(repr(b"\xffab".decode("utf-8", "backslashreplace")), "aé€".encode("ascii", "replace"), "aé€".encode("ascii", "xmlcharrefreplace"))
print("aé€😀".encode("ascii", "backslashreplace"), "\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
