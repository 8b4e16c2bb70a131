# Type parameters live in their own annotation scope: visible in the definition,
# not outside it, and they do not leak into the enclosing namespace.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def first[T](xs: list[T]) -> T:
    print("inside:", T)
    return xs[0]


print(first([7, 8]))
t(lambda: T)


class Box[V]:
    inner = V

    def get(self) -> V:
        return V


print(Box.inner, Box().get(), Box.__type_params__[0] is Box.inner)
t(lambda: V)
print("V" in Box.__dict__, "T" in globals())


def outer():
    x = 1

    def inner[U: type(x)]():
        return U

    return inner


print(outer()().__bound__)


class K:
    attr = int

    def m[W: attr](self):
        return W


print(K().m().__bound__)

T = "module level"


def shadow[T]():
    return T


print(shadow(), T)
t(lambda: shadow.__type_params__[0] is shadow())
