# Generic functions, methods, lambdas in them, decorators and __type_params__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def ident[T](x: T) -> T:
    return x


print(ident(5), ident.__type_params__, ident.__name__, ident.__qualname__)
print(ident.__type_params__ is ident.__type_params__)


def every[T, **P, *Ts](): pass


print([(type(p).__name__, p.__name__) for p in every.__type_params__])


def make():
    def inner[U](u: U) -> U:
        return u

    return inner


a, b = make(), make()
print(a.__type_params__[0] is b.__type_params__[0], a.__qualname__)


def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f


@deco
def decorated[X](x: X):
    return x


class K:
    def method[M](self, m: M) -> M:
        return m

    @staticmethod
    def smethod[S](s: S) -> S:
        return s


print(K().method(1), K.method.__type_params__, K.smethod.__type_params__, K.smethod.__qualname__)


async def agen[A](): pass


print(agen.__type_params__)


def with_defaults[T](x: int = 10, *, y: str = "y"):
    return x, y


print(with_defaults(), with_defaults.__defaults__, with_defaults.__kwdefaults__)


def uses_lambda[T]():
    return (lambda: T)()


print(uses_lambda())
ident.__type_params__ = ()
print(ident.__type_params__)
t(lambda: setattr(ident, "__type_params__", [1]))
t(lambda: delattr(ident, "__type_params__"))
print(ident.__type_params__)


def plain(): pass


print(plain.__type_params__)
