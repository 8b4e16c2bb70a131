class Boom(Exception):
    pass
def f(x):
    return x / 0
try:
    f(1)
except ZeroDivisionError:
    raise Boom("while handling")
