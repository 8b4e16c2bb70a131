# Warnings raised by builtins go through the same filters: ~bool and complex(complex, complex)
# (DeprecationWarning, shown in __main__).
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: ~True)
t(lambda: ~False)
t(lambda: complex(1j, 1j))
t(lambda: complex(1, 2j))

_warnings.filters.insert(0, ("error", None, DeprecationWarning, None, 0))
t(lambda: ~True)
t(lambda: complex(1j, 2))
t(lambda: ~5)
del _warnings.filters[0]

_warnings.filters.insert(0, ("ignore", None, DeprecationWarning, None, 0))
t(lambda: ~True)
del _warnings.filters[0]


def in_function(x):
    return ~x


for v in (True, False, True):
    print(in_function(v))
