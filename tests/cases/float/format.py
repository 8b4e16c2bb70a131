# format() for floats: every presentation type, precision defaults, z, #, grouping (also 3.14's
# fractional grouping), padding, and the errors
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

specs = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g",
         ".10g", "G", "%", ".1%", "n", "+", " ", "10", "<10", "^10.2f", "=+12.3e", "010.2f", ",", ",.2f",
         "_.3f", "#.0f", "#g", "#.3g", "#", "z", "z.1f", "z.0f", ".,f", ".3_f", ".,", "x", "d", ".120f",
         ".30e", ".25g", "#.0e", ".", "s", "12.5", "*>+15,.4f", ".3,", "._e", ",_f"]
for v in [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 0.5, 1234.5678, -0.001, 1e16, 1e22, 1e-5, 1.5e-7, 123456789.0,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.1, 2.675, 1e100,
          9.995, 99.5]:
    print("value", repr(v))
    for spec in specs:
        t(v, spec)
print("%.3f|%10.2e|%-8g|%+.1f|%5.0f" % (3.14159, 12345.678, 0.0001, 2.25, 0.5))
print(f"{1/3:.5}", f"{2.5:.0f}", f"{1e6:,.1f}", f"{-0.0:z.2f}")
