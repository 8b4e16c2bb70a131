import_free = True


class MySeq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class MyList(list):
    pass


class MyStr(str):
    pass


def m(x):
    match x:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [*_]:
            return "seq"
        case _:
            return "not a sequence"


for v in ["ab", b"ab", bytearray(b"ab"), MyStr("ab"), [1, 2], (1, 2), MyList([3, 4]), range(2),
          memoryview(b"ab"), MySeq([1, 2]), {1: 2, 3: 4}, {1, 2}, iter([1, 2]), (x for x in [1, 2])]:
    print(type(v).__name__, m(v))
print(m(memoryview(b"abc")))
