def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
class ME:
    def __mro_entries__(self, bases):
        return (object,)
t("mro entries", lambda: type("X", (ME(),), {}))
t("non type base", lambda: type("X", (1,), {}))
class Y(ME()):
    pass
print(Y.__bases__, type(Y.__orig_bases__[0]).__name__)
t("classcell", lambda: type("X", (), {"__classcell__": 1}))
