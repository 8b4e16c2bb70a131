def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def needs_two(a, b):
    return a + b
print(needs_two(1, 2))
needs_two(1)
