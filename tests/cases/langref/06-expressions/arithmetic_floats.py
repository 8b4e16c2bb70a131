# Float arithmetic, mixed int/float, repr of results, special values.
print(0.1 + 0.2, 1.0, 1e16, 1e-5, 1.5e-7, 123456789.0, 1e22, 1 / 3, 2 / 3, 10 / 4, -0.0, 100.0 ** 10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 2 ** 0.5, 4 ** -0.5)
print(1 + 2.0, 3 * 1.5, 2 ** 1000 * 0.5, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5))
print(abs(-3.5), abs(-0.0), int(3.99), int(-3.99), float(7), float("1e3"), float(" -2.5 "), float("nan") == float("nan"))
print(3.0 == 3, 3.1 > 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 1e300 < 10 ** 301, (0.1).as_integer_ratio(), (2.5).is_integer())
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0", "0.0 ** -1", "(-8) ** (1/3)", "float('abc')", "int(float('inf'))", "int(float('nan'))", "10.0 ** 400"]:
    try:
        print(expr, "=", eval(expr))
    except OverflowError as e:
        # the message carries the host's errno (34 on Linux, 68 under the Emscripten oracle)
        print(expr, "->", type(e).__name__)
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
