def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list(range(3)))
for i in range(1, 5, 0):
    print(i)
