def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Frozen:
    def __init__(self, a):
        self.a = a
print(Frozen(1).a)
Frozen(1, 2, z=3)
