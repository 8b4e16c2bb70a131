print(1 .real, 1.0.is_integer(), (1).bit_length(), 0x10 .bit_length())
print(1_0 .__add__(5))
print(1.5.as_integer_ratio())
print(1j.imag)
try:
    eval("1.real")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
