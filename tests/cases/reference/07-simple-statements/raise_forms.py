try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), str(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__))
