# 6.3.1 Attribute references on literals and atoms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 .real)
t(lambda: 1..hex())
t(lambda: 1.0.is_integer())
t(lambda: (1).bit_length())
t(lambda: 0x10 .bit_length())
t(lambda: 1j.imag)
t(lambda: "abc".upper())
t(lambda: b"x".hex())
t(lambda: [].__class__.__name__)
t(lambda: ().__len__())
t(lambda: {}.get(1, "d"))
t(lambda: ....__class__.__name__)
t(lambda: None.__class__.__name__)
t(lambda: True.real)
t(lambda: (1, 2).count(1))
t(lambda: f"x".join("ab"))
t(lambda: 1 .nope)
t(lambda: "s".nope)
t(lambda: None.nope)
t(lambda: int.nope)
t(lambda: (lambda: 0).nope)
for src in ["1.real", "1.e", "0x1.real", "1_.real", "1e5.real"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
    except AttributeError as e:
        print("AttributeError:", e)
