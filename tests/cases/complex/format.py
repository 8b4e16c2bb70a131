# format() for complex numbers
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for v in [1 + 2j, -1.5 - 0.5j, 2j, complex(-0.0, 1), complex(float("nan"), float("inf")), 0j,
          complex(1234.5, -5678.25), complex(-0.0, -0.0)]:
    print("value", repr(v))
    for spec in ["", "g", ".2f", "e", "10", "<20", "^25.3f", "+", "#", "z.1f", ",", ".,f", "n", "%", "=10",
                 "010", "s", "E", ">15.2e", "-", " "]:
        t(v, spec)
print(f"{1+2j:.1f}", "{:>12}".format(3j))
