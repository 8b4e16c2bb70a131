type Point = tuple[float, float]
print(type(Point).__name__, Point.__name__, Point.__value__)
type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf[int], ListOf.__value__)
type Lazy = UndefinedLater
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__ + ":", e)
UndefinedLater = int
print(Lazy.__value__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__ + ":", e)
type = "soft keyword usable as name"
print(type)
