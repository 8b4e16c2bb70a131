# 3.3.5.1 __class_getitem__ versus __getitem__ on the metaclass
class G:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
print(G[int], G[1, 2], G[()])
class S(G):
    pass
print(S["x"])
print(type(G.__dict__["__class_getitem__"]).__name__)
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)
class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "not used"
print(M[0])
class NoCGI:
    pass
try:
    NoCGI[int]
except TypeError as e:
    print("TypeError:", e)
g = G()
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(list[int](range(3)), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
class NotCallableCGI:
    __class_getitem__ = 5
try:
    NotCallableCGI[1]
except TypeError as e:
    print("TypeError:", e)
class Static:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)
print(Static[9])
