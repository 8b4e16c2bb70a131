print(0, 00, 0_0, 123, 1_000_000)
print(0x_ff, 0XFF, 0o17, 0O1_7, 0b1010, 0B_1_0)
print(12345678901234567890123)
for src in ["0_", "1__0", "1_", "012", "0x", "0b2", "0o8", "0x_", "09"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
