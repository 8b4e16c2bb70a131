def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: True > False)
t(lambda: True < 2)
t(lambda: sorted([True, 0, False, 1, -1]))
t(lambda: True + 0.5)
t(lambda: True ** -1)
t(lambda: False ** 0)
t(lambda: False / True)
t(lambda: True // False)
t(lambda: not True, )
t(lambda: [not x for x in [0, 1, "", "a"]])
t(lambda: True and "yes")
t(lambda: False or [] or 0)
t(lambda: "a" * True + "b" * False)
t(lambda: hash(True) == hash(1))
