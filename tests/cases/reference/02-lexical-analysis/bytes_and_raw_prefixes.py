# 2.4.1 String and bytes literal prefixes in every case combination
vals = [b"a", B"b", br"\n", Br"\n", bR"\n", BR"\n", rb"\t", rB"\t", Rb"\t", RB"\t", r"\x", R"\x", u"u", U"U", f"f", F"F", fr"{1}\n", rf"{2}\t", FR"{3}", Rf"{4}"]
for v in vals:
    print(type(v).__name__, repr(v))
print(b"\x00\x7f\x80\xff", list(b"\x00\x7f\x80\xff"))
print(b"a" b"b", rb"\d" b"\d" if False else rb"\d" + b"d")
print(len(r"\""), r"\"", len(rb"\'"))
print(repr(r"""multi
line\raw"""))
for src in ['b"é"', 'rb"é"', "bf'x'", "ur'x'", "fb''", "br'\\'", "u''"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
