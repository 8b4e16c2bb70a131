# Errors raised by the engine's interface: wrong subject types, kind mismatches, bad arguments,
# bad replacement templates.
import re

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)

show(lambda: re.match("a", b"a"))
show(lambda: re.match(b"a", "a"))
show(lambda: re.match("a", 1))
show(lambda: re.match("a", None))
show(lambda: re.search(b"a", ["a"]))
show(lambda: re.compile("a").match("a", "1"))
show(lambda: re.compile("a").match("a", 1.0))
show(lambda: re.compile("a").match("a", 2**70))
show(lambda: re.compile("a").match())
show(lambda: re.compile("a").match("a", 0, 1, 2))
show(lambda: re.compile("a").match("a", bogus=1))
show(lambda: re.compile("a").findall(string="aa", pos=1))
show(lambda: re.compile("a").split("a", "x"))
show(lambda: re.sub("a", 1, "a"))
show(lambda: re.sub("a", "b", 1))
show(lambda: re.sub("a", b"b", "a"))
show(lambda: re.sub(b"a", "b", b"a"))
show(lambda: re.sub("a", r"\1", "a"))
show(lambda: re.sub("(a)", r"\2", "a"))
show(lambda: re.sub("(a)", r"\g<x>", "a"))
show(lambda: re.sub("(a)", r"\g<1", "a"))
show(lambda: re.sub("a", lambda m: 1, "a"))
show(lambda: re.sub(b"a", lambda m: "x", b"a"))
show(lambda: re.sub("a", r"\x", "a"))
show(lambda: re.compile("(a)").match("a").group(2))
show(lambda: re.compile("(a)").match("a").group([]))
show(lambda: re.compile("(a)").match("a").start("x"))
show(lambda: re.compile("(a)").match("a").groups(1, 2))
show(lambda: re.compile("a").scanner())
show(lambda: re.compile("a").__deepcopy__())
show(lambda: re.compile("a").sub("b", "aaa", -1))
show(lambda: re.compile("(?P<n>a)").match("a")["n"])
show(lambda: re.compile("(?P<n>a)").match("a")[{}])
