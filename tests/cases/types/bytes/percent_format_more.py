def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b"%s" % b"abc")
t(lambda: b"%s" % "abc")
t(lambda: b"%s" % bytearray(b"x"))
t(lambda: b"%s" % memoryview(b"mv"))
t(lambda: b"%b" % b"x")
t(lambda: b"%r" % "é")
t(lambda: b"%a" % "é")
t(lambda: b"%d %i %x %X %o %e %f %g" % (1, 2, 255, 255, 8, 1.5, 2.5, 3.5))
t(lambda: b"%c" % 65)
t(lambda: b"%c" % b"A")
t(lambda: b"%c" % 256)
t(lambda: b"%c" % "A")
t(lambda: b"%c" % b"AB")
t(lambda: b"%5s|%-5s|" % (b"ab", b"cd"))
t(lambda: b"%.1s" % b"abc")
t(lambda: b"%(x)s %(y)d" % {b"x": b"1", b"y": 2})
t(lambda: b"%(x)s" % {"x": b"1"})
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%d" % "1")
t(lambda: b"%z" % 1)
t(lambda: b"%" % ())
t(lambda: b"%%" % ())
t(lambda: b"abc" % 1)
t(lambda: b"abc" % {})
t(lambda: bytearray(b"%s-%d") % (b"x", 5))
t(lambda: type(bytearray(b"%s") % b"x").__name__)
class BB:
    def __bytes__(self):
        return b"BB"
class Bad:
    def __bytes__(self):
        return "no"
t(lambda: b"%s" % BB())
t(lambda: b"%s" % Bad())
t(lambda: b"%s" % 5)
t(lambda: b"%s" % [1])
t(lambda: b"%05.1f|%+d|% d|%#x|%#o" % (3.14159, 5, 5, 255, 8))
