# The categories ignored by the default filters print nothing; the others are shown.
import _warnings

for cat in (PendingDeprecationWarning, ImportWarning, ResourceWarning):
    print(cat.__name__, _warnings.warn(f"ignored {cat.__name__}", cat))

for cat in (UserWarning, RuntimeWarning, FutureWarning, SyntaxWarning, UnicodeWarning, BytesWarning,
            EncodingWarning, Warning):
    _warnings.warn(f"shown {cat.__name__}", cat)
print("done")


class MyWarning(UserWarning):
    pass


class MyDeprecation(DeprecationWarning):
    pass


_warnings.warn("custom category", MyWarning)
_warnings.warn("custom deprecation in __main__", MyDeprecation)
_warnings.warn("default category is UserWarning")
_warnings.warn("explicit None category", None)
