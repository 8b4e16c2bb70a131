# Malformed entries in the filters list raise when a warning is checked against them.
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def check(item):
    _warnings.filters.insert(0, item)
    try:
        t(lambda: _warnings.warn("check"))
    finally:
        del _warnings.filters[0]


check(("bogus", None, UserWarning, None, 0))
check((5, None, UserWarning, None, 0))
check(("ignore", None, UserWarning))
check(["ignore", None, UserWarning, None, 0])
check(("ignore", None, 5, None, 0))
check(("ignore", None, UserWarning, None, "x"))
check(("ignore", 5, UserWarning, None, 0))
check(("error", "check", UserWarning, None, 0))
print(len(_warnings.filters))
