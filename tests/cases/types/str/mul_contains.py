def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "ab" * 3)
t(lambda: 3 * "ab")
t(lambda: "ab" * -1)
t(lambda: "ab" * True)
t(lambda: "ab" * 2.0)
t(lambda: "ab" * "2")
t(lambda: "" in "abc")
t(lambda: "bc" in "abc")
t(lambda: 1 in "abc")
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" < 1)
t(lambda: "abc" < "abd" < "b")
