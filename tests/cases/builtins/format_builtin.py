print(format(42), format(42, "05d"), format(3.14159, ".2f"), format("s", ">4"), format(255, "x"), format(1234567, ","))
print(format(0.5, "%"), format(1e6, "e"), format(True), format(None), format([1]), format(-0.0, "z.1f"))
for args in [(1, "q"), ("s", "d"), (object(), "x"), (1.5, "d")]:
    try:
        print(format(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
