# Type parameter scopes nested in a class body can see the class's names; the
# names of the type parameters are private to the class (mangled like other names).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Outer:
    Limit = int
    type Alias = list[Limit]

    def method[T: Limit](self) -> T:
        return T

    class Inner[U: Limit]:
        pass


print(Outer().method().__bound__, Outer.Inner.__type_params__[0].__bound__, Outer.Alias.__value__)


class Priv:
    def m[__T](self):
        return __T


print(Priv().m(), Priv.m.__type_params__[0].__name__)


class Shadow:
    T = "class attribute"

    def m[T](self):
        return T

    def n(self):
        return T


print(Shadow().m(), Shadow.T)
t(lambda: Shadow().n())


def outer_fn():
    class Local[T]:
        def get(self):
            return T

    return Local


L = outer_fn()
print(L().get(), L.__qualname__, L.__type_params__)
