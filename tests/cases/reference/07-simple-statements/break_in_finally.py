def f():
    for i in range(3):
        try:
            return "from try"
        finally:
            if i == 0:
                continue
    return "after loop"
print(f())
def g():
    while True:
        try:
            1 / 0
        finally:
            break
    return "swallowed"
print(g())
