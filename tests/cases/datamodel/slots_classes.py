def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class S:
    __slots__ = ("b", "a")
    cls_attr = 1
s = S()
t("unset", lambda: s.a)
s.a = 1
s.b = 2
print(s.a, s.b, S.a, type(S.a).__name__)
t("no dict", lambda: s.__dict__)
t("new attr", lambda: setattr(s, "c", 3))
del s.a
t("after del", lambda: s.a)
t("del again", lambda: delattr(s, "a"))
print(sorted(k for k in S.__dict__ if not k.startswith("__")), S.__slots__)
class S2(S):
    __slots__ = "c"
s2 = S2()
s2.a, s2.c = 1, 3
print(s2.a, s2.c)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)
class Priv:
    __slots__ = ("__p",)
    def get(self):
        self.__p = 5
        return self.__p
print(Priv().get(), [k for k in Priv.__dict__ if "p" in k.lower() and not k.startswith("__")])
t("bad slot", lambda: type("X", (), {"__slots__": (1,)}))
t("not ident", lambda: type("X", (), {"__slots__": ("a b",)}))
t("conflict", lambda: type("X", (), {"__slots__": ("a",), "a": 1}))
t("dict twice", lambda: type("X", (WithDict,), {"__slots__": ("__dict__",)}))
t("int slots", lambda: type("X", (int,), {"__slots__": ("a",)}))
t("int empty slots", lambda: type("X", (int,), {"__slots__": ()}).__name__)
class T1: __slots__ = ("a",)
class T2: __slots__ = ("b",)
t("layout", lambda: type("X", (T1, T2), {}))
class E1: __slots__ = ()
print(type("X", (E1, T1), {}).__mro__[1:])
x1 = T1()
t("class assign", lambda: setattr(x1, "__class__", T2))
class T1b: __slots__ = ("a",)
x1.__class__ = T1b
print(type(x1).__name__)
