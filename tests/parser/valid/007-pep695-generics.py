def first[T](items: list[T]) -> T:
    return items[0]
class Box[T, *Ts, **P]:
    def get[U: (int, str)](self, u: U) -> T: ...
type Alias[K: str, V] = dict[K, V]
type Recursive = list[Recursive] | int
class Bounded[T: Hashable, S: (int, float)](Base, metaclass=Meta):
    pass
async def fetch[R](x: R) -> R:
    return x
