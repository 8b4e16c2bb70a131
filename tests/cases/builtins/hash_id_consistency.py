# hash()/id(): equal objects hash equal across types; id is stable for an object's lifetime
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
t(lambda: hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
t(lambda: hash(0.5) == hash(1 / 2))
t(lambda: hash(1.5) == hash(3 / 2))
t(lambda: hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
n = float("nan")
t(lambda: hash(n) == hash(n))
t(lambda: hash(float("-inf")))
t(lambda: hash(-1) == hash(-2))
t(lambda: hash(-1.0))
t(lambda: hash(range(3)) if False else "range unhashable? " + str(hash(range(3)) == hash(range(0, 3))))
t(lambda: hash(None) == hash(None))
t(lambda: hash(...) == hash(Ellipsis))
t(lambda: hash(int) == hash(int))
class C:
    pass
c = C()
t(lambda: hash(c) == hash(c) and id(c) == id(c))
t(lambda: id(c) != id(C()))
t(lambda: type(id(c)).__name__)
t(lambda: id(1) == id(1))
a = []
b = a
t(lambda: id(a) == id(b))
t(lambda: hash())
t(lambda: hash(1, 2))
t(lambda: id())
t(lambda: hash(b"abc") == hash(b"abc"))
t(lambda: hash("abc") == hash("ab" + "c"))
t(lambda: {1: "int", 1.0: "float", True: "bool"})
t(lambda: {0.0, 0, -0.0, False})
