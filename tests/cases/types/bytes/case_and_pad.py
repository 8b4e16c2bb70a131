def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b"Hello World".swapcase())
t(lambda: b"hello world".title())
t(lambda: b"hELLO".capitalize())
t(lambda: b"abc".upper())
t(lambda: b"\xe9A".lower())
t(lambda: b"ab".center(6, b"*"))
t(lambda: b"ab".center(6, "*"))
t(lambda: b"ab".ljust(4, b"xy"))
t(lambda: b"-5".zfill(4))
t(lambda: b"a\tb".expandtabs(4))
t(lambda: b"abc".isalpha(), )
t(lambda: (b"".isalpha(), b"12".isdigit(), b"Ab".istitle(), b" ".isspace(), b"a1".isalnum(), b"\xe9".isascii()))
