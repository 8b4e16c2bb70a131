class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__ + ":", e)
