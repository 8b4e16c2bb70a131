# A warning turned into an error and not caught ends the program with a traceback.
import _warnings

_warnings.filters.insert(0, ("error", None, DeprecationWarning, None, 0))
print("before")


def old():
    _warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


old()
print("not reached")
