def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(x):
    y = x + 1
    return y * 2
c = f.__code__
print(c.co_argcount, c.co_varnames, c.co_names, c.co_stacksize > 0, c.co_nlocals)
lines = [l for (_, _, l) in c.co_lines() if l is not None]
print(min(lines) - c.co_firstlineno, max(lines) - c.co_firstlineno)
CodeType = type(c)
print(c.co_filename == __file__, c.co_name, type(c).__name__, c.__class__.__module__ if hasattr(c.__class__, "__module__") else "")
def k(*args, **kwargs): pass
print(bool(k.__code__.co_flags & 4), bool(k.__code__.co_flags & 8), k.__code__.co_varnames)
print(compile("1+1", "<s>", "eval").co_name, compile("x=1", "<s>", "exec").co_names, compile("pass", "fn", "single").co_filename)
