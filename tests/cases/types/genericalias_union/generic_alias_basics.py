def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ga = list[int]
print(ga, repr(ga), type(ga).__name__, ga.__origin__, ga.__args__, ga.__parameters__, ga == list[int], ga != list[str], hash(ga) == hash(list[int]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[int]], list[list])
print(ga(), ga([1, 2]), type(ga()).__name__, isinstance([], list), ga.__class__.__name__)
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: list[int][int])
t(lambda: dict[str][int])
t(lambda: int[str])
t(lambda: ga.append)
t(lambda: ga.__mro_entries__((ga,)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__ if hasattr(MyList, "__orig_bases__") else None, MyList([3]))
print(list[int] | None, int | str, type(int | str).__name__, (int | str).__args__, int | str | int, (int | None) == (None | int))
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(None, int | None), issubclass(bool, int | str))
t(lambda: int | 1)
t(lambda: 1 | int)
print(repr(int | None), repr(None | int), repr(int | list[str]), hash(int | str) == hash(str | int), int | str == str | int)
print(list[int].__args__ is list[int].__args__ or True, tuple[int, str].__args__, dict[int, str].__origin__ is dict)
print(type[int].__origin__, list[int].__unpacked__ if hasattr(list[int], "__unpacked__") else None, [*tuple[int, str]] if False else "skip")
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))
t(lambda: list.__class_getitem__())
