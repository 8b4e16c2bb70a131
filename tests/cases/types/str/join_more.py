def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(",".join([]), ",".join(["a"]), ",".join("abc"), "".join(("x", "y")), "-".join({"k": 1}), "\U0001F600".join("ab"), ", ".join(map(str, range(3))))
class S(str): pass
r = "".join([S("only")])
print(type(r).__name__, type(",".join([S("a"), "b"])).__name__, type(S(",").join(["a", "b"])).__name__)
t(lambda: ",".join([1, 2]))
t(lambda: ",".join(["a", None]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join(iterable=["a"]))
def gen():
    yield "a"
    raise ValueError("gen fail")
t(lambda: ",".join(gen()))
