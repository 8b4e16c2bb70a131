def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for spec in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%x", "%#x", "%#X", "%#o", "%o", "%#08x", "%-#8x|", "%i", "%u", "%c", "%.3d", "%8.3d", "%-8.3d|"]:
    for v in (42, -42, 0):
        try:
            print(repr(spec), v, repr(spec % v))
        except Exception as e:
            print(repr(spec), v, type(e).__name__ + ":", e)
for spec in ["%f", "%.2f", "%10.3f", "%-10.3f|", "%+.1e", "%E", "%g", "%#g", "%G", "%.0f", "%#.0f", "%.0e", "%#.0e", "%010.2f", "% f", "%r", "%s", "%a"]:
    for v in (3.14159, -0.0, 1e20, float("inf"), float("nan"), 1e-7):
        try:
            print(repr(spec), v, repr(spec % v))
        except Exception as e:
            print(repr(spec), v, type(e).__name__ + ":", e)
