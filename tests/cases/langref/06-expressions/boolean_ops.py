# 6.11-6.13 Boolean operations return operands; conditional expressions; short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or {}, not 1, not [], not None)
print([] and f, 3 if True else 4, 3 if 0 else 4, "a" if "" else "b" if 1 else "c")
hits = []
def t(v):
    hits.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(3)
print(hits)
print(bool(0.0), bool(0j), bool(""), bool(()), bool(range(0)), bool(range(1)), bool(None), bool(object()))
