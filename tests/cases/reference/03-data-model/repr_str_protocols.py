class A:
    def __repr__(self): return "A()"
class B(A):
    def __str__(self): return "B-str"
print(str(A()), repr(A()), str(B()), repr(B()), [B()], f"{B()!r}")
class Bad:
    def __repr__(self): return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
