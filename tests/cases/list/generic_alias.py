# __class_getitem__ of the container types: types.GenericAlias repr, fields, calls, equality.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int], enumerate[str])
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int]((1,)), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a.append, list[int].__mro_entries__((list[int],)))
t(isinstance, [], list[int])
t(issubclass, list, list[int])
t(lambda: int[str])
t(lambda: list[int][str])
class C(list[int]):
    pass
print(C.__bases__, C([1]))
print(list.__class_getitem__(int) == list[int], dict.__class_getitem__((str, int)))
