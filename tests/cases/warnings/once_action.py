# "once": once per (text, category) in the program: the once-registry when no registry is given,
# else the given registry.
import _warnings

_warnings._onceregistry.clear()
_warnings.filters.insert(0, ("once", None, UserWarning, None, 0))
_warnings.warn_explicit("once text", UserWarning, "a.py", 1)
_warnings.warn_explicit("once text", UserWarning, "b.py", 7)
_warnings.warn_explicit("once text", RuntimeWarning, "b.py", 7)
print(sorted(_warnings._onceregistry, key=repr))

reg = {}
_warnings.warn_explicit("with registry", UserWarning, "a.py", 1, registry=reg)
_warnings.warn_explicit("with registry", UserWarning, "a.py", 2, registry=reg)
print(sorted((k for k in reg if k != "version"), key=repr))
print(sorted(_warnings._onceregistry, key=repr))


def f(n):
    _warnings.warn(f"from f {n % 2}")


for i in range(4):
    f(i)
del _warnings.filters[0]
_warnings._onceregistry.clear()
