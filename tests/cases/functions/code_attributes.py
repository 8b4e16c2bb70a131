def g(a, /, b, *, c):
    x = 1
    return a + b + c
co = g.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_name, co.co_qualname, co.co_varnames, co.co_firstlineno)
print(type(co).__name__)
