log = []


class Loud(list):
    def __len__(self):
        log.append("len")
        return super().__len__()

    def __getitem__(self, i):
        log.append(("getitem", i))
        return super().__getitem__(i)

    def __iter__(self):
        log.append("iter")
        return super().__iter__()


def m(x):
    match x:
        case [a, b, c]:
            return "three"
        case [a, *b, c]:
            return f"star {b}"
        case [a]:
            return "one"
        case _:
            return "none"


for n in range(6):
    log.clear()
    print(n, m(Loud(range(n))), log)


class BadLen(list):
    def __len__(self):
        raise ValueError("bad len")


try:
    m(BadLen([1]))
except ValueError as e:
    print("ValueError:", e)


class NegLen(list):
    def __len__(self):
        return -1


try:
    m(NegLen([1]))
except ValueError as e:
    print("ValueError:", e)
