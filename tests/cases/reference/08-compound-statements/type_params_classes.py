class Box[T]:
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box.__type_params__, Box[int], Box(5).get())
print(Box.__mro__[-2].__name__, '__orig_bases__' in Box.__dict__)
class Pair[K, V](dict[K, V]): pass
print(Pair.__type_params__, Pair.__bases__)
class Lazy[T: UndefinedBound]: pass
try:
    Lazy.__type_params__[0].__bound__
except NameError as e:
    print(type(e).__name__ + ":", e)
for src in ["class A[T, T]: pass", "def f[T](): pass\nclass B[T=int, U]: pass", "class C[]: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
