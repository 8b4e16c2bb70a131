# all()/any(): short-circuit, truth of items, non-iterables
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def gen(values):
    for v in values:
        print("yield", v)
        yield v
t(lambda: all(gen([1, 0, 2])))
t(lambda: any(gen([0, 3, 4])))
t(lambda: all([]))
t(lambda: any([]))
t(lambda: all([[], 1]))
t(lambda: any(["", None, 0.0, 0j, ()]))
t(lambda: any([float("nan")]))
t(lambda: all(5))
t(lambda: any())
t(lambda: all([1], [2]))
class B:
    def __bool__(self):
        raise ValueError("no truth")
t(lambda: all([B()]))
t(lambda: any([1, B()]))
t(lambda: all("abc"))
t(lambda: any({0: "a"}))
t(lambda: all({1: 0}))
t(lambda: type(all([1])).__name__)
t(lambda: any(x > 2 for x in range(5)))
t(lambda: all(x < 2 for x in range(5)))
