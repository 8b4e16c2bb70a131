# format specs with unusual fill characters (NUL, astral, non-ASCII digits as widths) for int, float, complex, str and bool
def t(v, s):
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [5, -5.25, 3+4j, "ab", True]:
    for s in ["\x00<10", "🐍^9", "é>6", "٣", "٣.٢f", "<٣", "\u0660=+5", "0<5", "0^5", "0>5", "0=5", " <3", "xx", "=", "<", "^^", "ää"]:
        t(v, s)
print("{0:{1}.{2}f}|{3:{4}}".format(3.14159, 8, 2, "x", "^5"))
