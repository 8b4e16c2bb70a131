# stacklevel chooses the frame a warning is attributed to (file, line, module, registry).
import _warnings


def level(n, text):
    _warnings.warn(text, UserWarning, n)


def outer(n, text):
    level(n, text)


outer(1, "level 1: inside level()")
outer(2, "level 2: the call in outer()")
outer(3, "level 3: the call at module level")
outer(0, "level 0 counts as 1")
outer(-3, "negative counts as 1")
_warnings.warn("way above the top", UserWarning, 50)
_warnings.warn("way above the top", UserWarning, 50)


def gen():
    yield 1
    _warnings.warn("from a generator", UserWarning, 1)
    yield 2


print(list(gen()))


class C:
    def method(self):
        _warnings.warn("from a method, attributed to the caller", UserWarning, 2)


C().method()
print(sorted(k[0] for k in __warningregistry__ if k != "version"))
