def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class T:
    @property
    def temp(self):
        return 20
t = T()
print(t.temp)
t.temp = 30
