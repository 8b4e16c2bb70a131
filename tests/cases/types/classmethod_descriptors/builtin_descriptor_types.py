def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(type(dict.__dict__["fromkeys"]).__name__, type(dict.fromkeys).__name__, type(str.__dict__["upper"]).__name__, type("".upper).__name__)
print(type(int.__dict__["__add__"]).__name__, type((1).__add__).__name__, type(int.__dict__["real"]).__name__, type(type.__dict__["__dict__"]).__name__)
print(repr(dict.__dict__["fromkeys"]), repr(str.__dict__["upper"]), repr(int.__dict__["__add__"]), repr(int.__dict__["real"]))
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at"), repr("".upper).startswith("<built-in method upper of str object at"))
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__, dict.fromkeys.__name__, dict.fromkeys.__qualname__, dict.fromkeys.__self__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__name__, (1).__add__.__qualname__)
cm = dict.__dict__["fromkeys"]
print(cm.__get__(None, dict)("ab"), cm.__get__({}, dict)("c"), cm(dict, "de"))
t(lambda: cm(1, "x"))
t(lambda: cm())
t(lambda: cm.__get__(None, None))
t(lambda: cm.__get__(None, int))
md = str.__dict__["upper"]
print(md("abc"), md.__get__("xy")(), md.__get__(None, str) is md)
t(lambda: md(1))
t(lambda: md())
t(lambda: md.__get__(1))
wd = int.__dict__["__add__"]
print(wd(1, 2), wd.__get__(3)(4))
t(lambda: wd("a", 1))
t(lambda: wd(1))
t(lambda: wd(1, 2, 3))
gd = int.__dict__["real"]
print(gd.__get__(5), gd.__name__, gd.__objclass__, gd.__qualname__)
t(lambda: gd.__get__("x"))
t(lambda: gd.__set__(5, 1))
t(lambda: setattr(5, "real", 1))
print(callable(cm), callable(md), callable(wd), callable(gd))
