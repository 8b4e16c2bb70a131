def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for z in [1j, -1j, 0j, -0j, complex(-0.0, -0.0), 1 + 0j, 1.5 - 2.5j, complex(float("inf"), float("nan")), 1e20j, complex(1, -0.0)]:
    print(repr(z), str(z))
t(lambda: format(1 + 2j, ""))
t(lambda: format(1 + 2j, ".2f"))
t(lambda: format(1 + 2j, "^20"))
t(lambda: format(1 + 2j, "+.1e"))
t(lambda: format(1 + 2j, "d"))
t(lambda: format(1 + 2j, "=10"))
t(lambda: format(1 + 2j, "010"))
t(lambda: f"{3j:g}")
