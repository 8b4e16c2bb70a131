def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = [1, 2, 3]
print(data[::2])
print(data["1":])
