def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for x in [0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, -0.0, 2.5e-310, 1.7976931348623157e308, 0.1 + 0.2, 100.0, 1 / 3]:
    print(repr(x), str(x), format(x, ""), format(x, "g"), f"{x:.3}")
