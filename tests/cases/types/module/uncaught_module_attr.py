def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import math
print(math.floor(2.5))
math.nothing_here
