# "ignore" drops a warning; "always" (and "all") show it every time and leave no registry entry.
import _warnings

_warnings.filters.insert(0, ("ignore", None, UserWarning, None, 0))
for i in range(2):
    _warnings.warn("ignored")
print("registry after ignore:", sorted(k[0] for k in __warningregistry__ if k != "version"))
del _warnings.filters[0]

_warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
for i in range(2):
    _warnings.warn("always shown")
del _warnings.filters[0]

_warnings.filters.insert(0, ("all", None, UserWarning, None, 0))
for i in range(2):
    _warnings.warn("all is always")
del _warnings.filters[0]
print("registry:", sorted(k[0] for k in __warningregistry__ if k != "version"))

# "ignore" for a category also covers its subclasses
_warnings.filters.insert(0, ("ignore", None, Warning, None, 0))
_warnings.warn("nothing", RuntimeWarning)
_warnings.warn("nothing", SyntaxWarning)
del _warnings.filters[0]
_warnings.warn("shown again", RuntimeWarning)
