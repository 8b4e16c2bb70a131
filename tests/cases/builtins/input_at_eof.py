# input(): prompt written to stdout, EOF at the end of stdin, argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: input("first: "))
t(lambda: input())
t(lambda: input(42))
t(lambda: input("a", "b"))
t(lambda: input(prompt="x"))
t(lambda: input("after eof: "))
