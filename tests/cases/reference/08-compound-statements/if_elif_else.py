for x in [-1, 0, 1, 5]:
    if x < 0:
        print(x, "neg")
    elif x == 0:
        print(x, "zero")
    elif x < 3:
        print(x, "small")
    else:
        print(x, "big")
if []: print("no")
elif {}: print("no")
else: print("all falsy")
class Bad:
    def __bool__(self): raise ValueError("no truth")
try:
    if Bad(): pass
except ValueError as e:
    print(type(e).__name__ + ":", e)
