# warn_explicit(message, category, filename, lineno, module=..., registry=None, module_globals=None,
# source=None): argument checks and the module name derived from the file name.
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: _warnings.warn_explicit("plain", UserWarning, "file.py", 3))
t(lambda: _warnings.warn_explicit("no .py", UserWarning, "file.txt", 4))
t(lambda: _warnings.warn_explicit("empty file name", UserWarning, "", 5))
t(lambda: _warnings.warn_explicit("module None: dropped", UserWarning, "file.py", 6, module=None))
t(lambda: _warnings.warn_explicit(RuntimeWarning("instance"), UserWarning, "file.py", 7))
t(lambda: _warnings.warn_explicit(42, UserWarning, "file.py", 8))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f", 1, registry=5))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f", 1, registry=[]))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f", "1"))
t(lambda: _warnings.warn_explicit("x", UserWarning, 5, 1))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=5))
t(lambda: _warnings.warn_explicit("x", 5, "f", 1))
t(lambda: _warnings.warn_explicit("x", None, "f", 1))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f"))
t(lambda: _warnings.warn_explicit("x", UserWarning, "f", 1, "m", None, None, None, 9))
t(lambda: _warnings.warn_explicit(message="kw", category=FutureWarning, filename="k.py", lineno=2))
t(lambda: _warnings.warn_explicit("bool lineno", UserWarning, "b.py", True))

# the module argument is what filters match against
_warnings.filters.insert(0, ("error", None, UserWarning, "target", 0))
t(lambda: _warnings.warn_explicit("matched by module", UserWarning, "target.py", 1))
t(lambda: _warnings.warn_explicit("module given", UserWarning, "target.py", 1, module="other"))
t(lambda: _warnings.warn_explicit("module given", UserWarning, "zzz.py", 1, module="target"))
del _warnings.filters[0]
