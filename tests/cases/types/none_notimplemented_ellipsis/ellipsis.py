def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(...), str(Ellipsis), ... is Ellipsis, type(...).__name__, bool(...))
t(lambda: type(...)())
t(lambda: type(...)(1))
t(lambda: ... == ...)
t(lambda: ... < ...)
t(lambda: ... + 1)
t(lambda: [...])
def f(): ...
t(lambda: f())
class G:
    def __getitem__(self, k):
        return k
t(lambda: G()[..., 1])
t(lambda: Ellipsis.__reduce__())
