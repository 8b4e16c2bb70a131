log = []


class Mapping(dict):
    def __getitem__(self, k):
        log.append(("getitem", k))
        return super().__getitem__(k)

    def get(self, k, default=None):
        log.append(("get", k))
        return super().get(k, default)

    def keys(self):
        log.append("keys")
        return super().keys()

    def items(self):
        log.append("items")
        return super().items()

    def __iter__(self):
        log.append("iter")
        return super().__iter__()

    def __contains__(self, k):
        log.append(("contains", k))
        return super().__contains__(k)


def m(x):
    match x:
        case {"a": 1, "b": 2}:
            return "ab"
        case {"a": a, **rest}:
            return f"rest {rest}"


d = Mapping(a=1, c=3)
print(m(d))
print(log)


class Missing(dict):
    def __missing__(self, key):
        log.append(("missing", key))
        return "default"


log.clear()
match Missing(x=1):
    case {"y": v}:
        print("matched y", v)
    case {"x": v}:
        print("matched x", v)
print(log)
