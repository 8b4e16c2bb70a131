def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 99
print(h())
def k():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    k()
except ValueError as e:
    print(repr(e), repr(e.__context__))
