def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "a\tb\tc".expandtabs())
t(lambda: "a\tb\tc".expandtabs(0))
t(lambda: "a\tb\tc".expandtabs(-1))
t(lambda: "a\tb\tc".expandtabs(1))
t(lambda: "abcdefgh\tx".expandtabs(4))
t(lambda: "ab\ncd\te\rf\tg".expandtabs(4))
t(lambda: "\t".expandtabs(tabsize=3))
t(lambda: "\U0001F600\tx".expandtabs(4))
t(lambda: "a\tb".expandtabs("4"))
t(lambda: "a\tb".expandtabs(4.0))
t(lambda: "a\tb".expandtabs(4, 5))
t(lambda: b"a\tb\nc\td".expandtabs(3))
t(lambda: bytearray(b"a\tb").expandtabs())
class S(str): pass
print(type(S("ab").expandtabs()).__name__)
