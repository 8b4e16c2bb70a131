# X | Y for types (typing.Union, which is types.UnionType since 3.14) and __class_getitem__.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

u = int | None
print(repr(u), type(u), u.__args__, str | int | str, repr(int | str | None))
print(u == (None | int), u == (int | None), u != (int | str), hash(u) == hash(None | int), int | int)
print(isinstance(1, u), isinstance(None, u), isinstance("x", u), issubclass(bool, u), issubclass(str, u))
t("None | None", lambda: None | None)
t("int | 1", lambda: int | 1)
t("1 | int", lambda: 1 | int)
t("int | 'str'", lambda: int | "str")
print((int | str) | list, type(u).__name__, type(u).__module__, u.__parameters__)
t("u()", lambda: u())
t("subclass", lambda: type("X", (type(u),), {}))
class M(type):
    pass
A = M("A", (), {})
print(A | int, int | A | None)
print(type(u)[int, str], type(u)[int])
class G:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
print(G[int], G[1, 2])
class Sub(G):
    pass
print(Sub["x"])
t("not subscriptable", lambda: A[1])
t("int subscript", lambda: int[1])
