def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import sys
print(sys.get_int_max_str_digits())
t(lambda: len(str(10 ** 4299)))
t(lambda: len(str(10 ** 4300)))
t(lambda: int("1" * 4301))
t(lambda: len(hex(10 ** 5000)))
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10 ** 4500)))
t(lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(0)
t(lambda: len(str(10 ** 6000)))
t(lambda: (hex(255), oct(-8), bin(5), hex(-0)))
t(lambda: hex(1.0))
