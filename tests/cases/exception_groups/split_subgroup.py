def show(g, indent=0):
    if g is None:
        print(" " * indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(" " * indent + f"{type(g).__name__}({g.message!r})")
        for x in g.exceptions:
            show(x, indent + 2)
    else:
        print(" " * indent + repr(g))


eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k1"), ExceptionGroup("deep", [TypeError("t2")])]),
])
for cond in [ValueError, TypeError, (ValueError, KeyError), LookupError, Exception, OSError,
             lambda e: isinstance(e, ValueError) and "2" in str(e),
             lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"]:
    name = cond.__name__ if isinstance(cond, type) else ("tuple" if isinstance(cond, tuple) else "predicate")
    print("== split", name)
    m, r = eg.split(cond)
    show(m)
    show(r)
    print("== subgroup", name)
    show(eg.subgroup(cond))
print(eg.split(BaseExceptionGroup)[0] is eg, eg.subgroup(ExceptionGroup) is eg)
for bad in [5, "x", (ValueError, 5), None, ValueError()]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
