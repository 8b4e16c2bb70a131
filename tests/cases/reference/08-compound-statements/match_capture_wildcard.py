def m(x):
    match x:
        case [a, _, _]: return f"three starting {a}"
        case [a, b] if a == b: return f"pair of same {a}"
        case [a, b]: return f"pair {a},{b}"
        case other: return f"other {other!r}"
for v in [[1, 2, 3], [4, 4], (5, 6), "ab", [], 7]:
    print(m(v))
match 42:
    case n:
        pass
print(n)
