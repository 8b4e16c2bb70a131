print(round(3.14159, 2), round(2.5), round(-0.5), round(1.25, 1), round(1234, -2), round(1250, -2), round(-1250, -2), round(7, 0))
print(round(0.1 + 0.2, 15), round(1e20), round(2.675, 2), round(5), type(round(2.5)), type(round(2.5, 0)), round(12345.6789, -3))
for f in [lambda: round("1"), lambda: round(1.5, "2"), lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
