# Templates concatenate only with Templates; 3.14 rejects str + Template both ways.
def t_(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a, b = 1, 2
ta, tb = t"x{a}y", t"[{b}]"
t_(lambda: ta + tb)
t_(lambda: (ta + tb).strings)
t_(lambda: (t"{a}" + t"{b}").strings)
t_(lambda: t"" + t"")
t_(lambda: ta + "s")
t_(lambda: "s" + ta)
t_(lambda: ta + 1)
t_(lambda: 1 + ta)
t_(lambda: ta + None)
t_(lambda: ta + b"x")
t_(lambda: ta * 2)
t_(lambda: ta - tb)
t_(lambda: t"a" t"b{a}" t"c")
acc = t"start"
acc += t"{a}"
print(acc)
try:
    acc += "tail"
except TypeError as e:
    print(type(e).__name__ + ":", e)
t_(lambda: sum([t"{a}", t"{b}"], t""))
t_(lambda: "".join(t"x"))
