# How a filter matches: message and module as exact str or an object with match(), category by
# issubclass, lineno 0 for any line.
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def w(text, cat=UserWarning, filename="mod.py", lineno=10):
    return _warnings.warn_explicit(text, cat, filename, lineno)


_warnings.filters.insert(0, ("error", "exact text", UserWarning, None, 0))
t(lambda: w("exact text"))
t(lambda: w("exact text!"))
t(lambda: w("Exact text"))
del _warnings.filters[0]


class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix

    def match(self, s):
        print("  match", repr(s))
        return s.startswith(self.prefix)


_warnings.filters.insert(0, ("error", Prefix("bad"), UserWarning, None, 0))
t(lambda: w("bad thing"))
t(lambda: w("good thing"))
del _warnings.filters[0]

_warnings.filters.insert(0, ("error", None, UserWarning, Prefix("pkg"), 0))
t(lambda: w("by module", filename="pkg_mod.py"))
t(lambda: w("by module", filename="other.py"))
del _warnings.filters[0]

_warnings.filters.insert(0, ("error", None, Warning, None, 12))
t(lambda: w("line 12", lineno=12))
t(lambda: w("line 11", lineno=11))
del _warnings.filters[0]

# the first matching filter wins
_warnings.filters.insert(0, ("ignore", None, RuntimeWarning, None, 0))
_warnings.filters.insert(0, ("error", None, Warning, None, 0))
t(lambda: w("first wins", RuntimeWarning))
del _warnings.filters[0]
t(lambda: w("now ignored", RuntimeWarning))
del _warnings.filters[0]
