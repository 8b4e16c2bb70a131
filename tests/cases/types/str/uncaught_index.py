def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("abc".index("b"))
print("abc".rindex("c"))
"abc".index("z")
