# format() and str.format mini-language for ints
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

specs = ["", "d", "5", "<5", "^7", "=+8", "+", " ", "-", "x", "X", "#x", "#X", "#o", "#b", "b", "o", "c",
         ",", "_", "_x", "#_b", ",x", "010", "010,", "+010_", "e", ".2f", "%", ".3g", "G", "n", ".2", "z",
         "s", "#c", "+c", "*^12,", "0=10", "x<+#10_o", ".,", "10.3", "abc", "#010x", ",_", "_,"]
for v in [0, 5, -5, 255, -255, 97, 1234567, -1234567, 2**64, -(10**25), True, 0x10ffff, 0x110000, -1]:
    print("value", v)
    for spec in specs:
        t(v, spec)
print("{:>10,}|{:<#x}|{:^+9d}|{:08.3f}".format(1234567, 255, 42, 7))
print(f"{12345:_}", f"{255:#_b}", f"{-42:=+8}", f"{3:%}")
