def m(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case tuple(t):
            return f"tuple {t}"
        case list(l):
            return f"list {l}"
        case dict(d):
            return f"dict {d}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "other"


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_attr",)
    upper_attr = "attr"


for v in [True, 3, MyInt(4), 1.5, "s", b"b", bytearray(b"ba"), (1,), [2], {"k": 3}, frozenset({2, 1}), {5, 4}, 1j, None]:
    print(m(v))
match MyStr("x"):
    case str(v):
        print("subclass of str with its own __match_args__:", v)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(real=r, imag=i):
        print("int keywords", r, i)
match 1j:
    case complex(c):
        print("complex is not self-matching", c)
    case _:
        print("complex did not match positionally")
