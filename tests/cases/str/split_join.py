print("a b  c\td\ne".split())
print("  lead and trail  ".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,c".split(",", 0))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "xaxbx".split("x"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i".splitlines())
print("a\nb\r\nc\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(("1",)))
for bad in [lambda: "a".split(""), lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: "x".join(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
