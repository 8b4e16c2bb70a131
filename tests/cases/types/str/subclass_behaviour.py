def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class S(str):
    pass
s = S("Hello")
for expr in ["s + 'x'", "s * 2", "s[1:]", "s[0]", "s.lower()", "s.strip()", "s.replace('l', 'L')", "str(s)", "s.join(['a', 'b'])", "'-'.join([s])", "s.title()", "s.__str__()", "f'{s}'", "s.removeprefix('')", "s.partition('e')[0]", "s.split()[0]", "s.ljust(2)", "s.center(9)", "''.join(s)"]:
    v = eval(expr)
    print(expr, repr(v), type(v).__name__)
class R(str):
    def __repr__(self):
        return "R" + str.__repr__(self)
    def __str__(self):
        return "str-of-R"
r = R("ab")
print(repr(r), str(r), [r], f"{r}", f"{r!r}", "%s|%r" % (r, r), "{}|{!r}".format(r, r), r + "c", len(r), r == "ab", r.upper())
class E(str):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return hash("zz")
e = E("q")
print(e == "x", "x" == e, e in ["x"], {e: 1}.get("zz"), {"zz": 2}.get(e), e != "q")
class L(str):
    def __len__(self):
        return 99
print(len(L("ab")), L("ab")[1], "ab" == L("ab"))
class G(str):
    def __getitem__(self, i):
        return "G"
print(G("abc")[0], list(G("abc")), G("abc")[::-1], "".join(reversed(G("ab"))))
class C(str):
    def __contains__(self, x):
        return True
print("zz" in C("a"), "zz" in str(C("a")))
t(lambda: S(b"x", "ascii"))
t(lambda: S(object=1))
t(lambda: S(1, 2))
print(S(), S(b"abc", "ascii"), type(S(5)).__name__, S(5) is not S(5))
