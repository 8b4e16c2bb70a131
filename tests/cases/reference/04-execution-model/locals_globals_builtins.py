def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    loc['x'] = 99
    return x
print(g())
print(globals() is globals(), 'f' in globals())
print(vars()['__name__'])
