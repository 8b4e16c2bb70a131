s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 8), s.find("zz"), s.find(""), s.find("", 20))
print(s.rfind("bra"), s.rfind("bra", 0, 5), s.rfind(""), s.index("cad"), s.rindex("a"))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), s.count("a", -3), "".count(""))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith("cad", 0, 7))
print(s.startswith(""), s.endswith("", 20), "€uro".find("uro"), "😀a😀b".find("b"), "😀a😀b".rfind("😀"))
for f in [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.find(1), lambda: s.startswith(1), lambda: s.startswith(("a", 1))]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
