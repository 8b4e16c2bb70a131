def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__)
def bounded[N: int, S: (str, bytes)](n: N, s: S) -> S: return s * n
a, b = bounded.__type_params__
print(a.__bound__, b.__constraints__)
def variadic[*Ts, **P](): pass
print([type(p).__name__ for p in variadic.__type_params__])
def defaulted[X = int](): pass
print(defaulted.__type_params__[0].__default__)
