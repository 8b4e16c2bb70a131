class O:
    a = 1
o = O()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", "dflt"), hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "b")
print(hasattr(o, "b"), getattr(O, "a"), getattr(5, "real"), getattr("s", "upper")())
for f in [lambda: getattr(o, "zz"), lambda: getattr(o, 1), lambda: setattr(5, "x", 1), lambda: delattr(o, "zz"), lambda: getattr(o)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
