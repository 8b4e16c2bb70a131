def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    def inner():
        return x
    return inner
c = f.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
print(c.co_varnames, c.co_cellvars, c.co_freevars, c.co_filename.endswith(".py"), c.co_firstlineno)
print(type(c.co_code).__name__, type(c.co_linetable).__name__, type(c.co_exceptiontable).__name__)
print(bool(c.co_flags & 0x04), bool(c.co_flags & 0x08), bool(c.co_flags & 0x20))
inner = f(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_freevars, ic.co_qualname, inner.__closure__[0].cell_contents, type(inner.__closure__[0]).__name__)
print(repr(c).startswith("<code object f at "), hash(c) == hash(c), c == c)
def gen():
    yield 1
async def co():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(co.__code__.co_flags & 0x80))
lam = lambda: 0
print(lam.__code__.co_name, lam.__name__, lam.__qualname__)
print([type(x).__name__ for x in f.__code__.co_consts if not isinstance(x, type(c))][:3])
t(lambda: setattr(c, "co_name", "x"))
