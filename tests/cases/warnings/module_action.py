# "module": once per (text, category) in the registry, whatever the line.
import _warnings

reg = {}
_warnings.filters.insert(0, ("module", None, UserWarning, None, 0))
_warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=reg)
_warnings.warn_explicit("m", UserWarning, "f.py", 2, registry=reg)
_warnings.warn_explicit("m", UserWarning, "g.py", 3, registry=reg)
_warnings.warn_explicit("other", UserWarning, "f.py", 2, registry=reg)
print(sorted((k for k in reg if k != "version"), key=repr))

# without a registry, "module" cannot remember: shown each time
_warnings.warn_explicit("m", UserWarning, "f.py", 1)
_warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=None)

# "default": once per (text, category, lineno)
reg = {}
_warnings.filters[0] = ("default", None, UserWarning, None, 0)
for ln in (1, 1, 2, 2, 1):
    _warnings.warn_explicit("d", UserWarning, "f.py", ln, registry=reg)
print(sorted((k for k in reg if k != "version"), key=repr))
del _warnings.filters[0]
