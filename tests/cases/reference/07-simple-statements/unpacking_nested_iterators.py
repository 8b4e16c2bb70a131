# 7.2 Unpacking consumes iterators lazily and reports counts precisely
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def counting(n):
    for i in range(n):
        print("produce", i)
        yield i
def two_from_three():
    a, b = counting(3)
t(two_from_three)
def three_from_two():
    a, b, c = counting(2)
t(three_from_two)
def star_short():
    a, b, *c, d = counting(2)
t(star_short)
def star_ok():
    a, *b, c = counting(4)
    return a, b, c
t(star_ok)
def nested_bad():
    (a, b), c = [1, 2], 3
    return a, b, c
t(nested_bad)
def nested_bad2():
    (a, b), c = 1, 2
t(nested_bad2)
def from_set():
    a, b = {5}
t(from_set)
def from_str():
    a, b, c = "ab"
t(from_str)
def from_dict_items():
    (k1, v1), (k2, v2) = {"x": 1, "y": 2}.items()
    return k1, v1, k2, v2
t(from_dict_items)
def for_unpack():
    out = []
    for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
        out.append((a, b, c))
    return out
t(for_unpack)
def for_unpack_bad():
    for a, b in [(1, 2), (3,)]:
        pass
t(for_unpack_bad)
def many_values():
    a, b = range(10 ** 6)
t(many_values)
def star_list_target():
    [a, *b] = (1, 2, 3)
    return a, b
t(star_list_target)
def unpack_none():
    a, b = None
t(unpack_none)
class LenLies:
    def __len__(self):
        return 5
    def __iter__(self):
        return iter([1])
def lies():
    a, b = LenLies()
t(lies)
