print(3.14, 10., .001, 1e100, 3.14e-10, 0e0, 1_0.0_1, 1e1_0)
print(1E5, 1.5E+3, 077e0, 00.5)
print(1e400, -1e400, 1e-400)
for src in ["1._5", "1e", "1e+", "1.e_1", "1_.0"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
