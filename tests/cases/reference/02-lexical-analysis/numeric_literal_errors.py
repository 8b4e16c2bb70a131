# 2.4.5-2.4.7 Numeric literals: invalid forms and their messages
def c(src):
    try:
        v = eval(src)
        print("ok", repr(src), repr(v))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)
for src in ["0777", "00", "0_0", "1__0", "1_", "0x", "0xg", "0b102", "0o8", "0b", "0o", "0x_", "0x_1", "0b_1", "0o_7",
            "1e", "1e+", "1.e5", "1_000.000_1", "1._5", "1e1_0", "1e_1", "0_7", "09.5", "09", "09j", "0e0", "00.0",
            "1jj", "1.5J", "0xAj", "1if 1 else 0", "1_000_000", "0B1", "0O7", "0XfF", "1__", "1.__class__", "1 .__class__"]:
    c(src)
