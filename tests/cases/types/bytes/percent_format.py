def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b"%s-%d" % (b"x", 5))
t(lambda: b"%r" % "é")
t(lambda: b"%a" % "é")
t(lambda: b"%s" % "x")
t(lambda: b"%c" % 65)
t(lambda: b"%c" % b"Z")
t(lambda: b"%c" % 256)
t(lambda: b"%x %o %5.2f" % (255, 8, 3.14159))
t(lambda: b"%(k)s" % {b"k": b"v"})
t(lambda: b"%d" % "1")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%b" % bytearray(b"ba"))
