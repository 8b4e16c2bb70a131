def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print((), (1,), (1, 2), ((),), ((1,),), ("a", "b'", 'c"'), (None, ..., NotImplemented))
print(repr((1.0, -0.0, 1j)), str((b"x", bytearray(b"y"))))
class R:
    def __repr__(self):
        return "R"
print((R(), [R()], {R(): 1}))
l = []
tt = (l,)
l.append(tt)
print(tt)
t(lambda: tuple.__repr__([1]))
