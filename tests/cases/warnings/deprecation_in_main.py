# DeprecationWarning is shown for code in __main__ (the "default::DeprecationWarning:__main__"
# filter): once per location, whatever the number of times the line runs.
import _warnings


def use_old_api(n):
    _warnings.warn(f"old api {n}", DeprecationWarning)


def same_text():
    _warnings.warn("same text", DeprecationWarning)


for i in range(3):
    _warnings.warn("in a loop", DeprecationWarning)
print("loop done")

for i in range(2):
    use_old_api(1)
use_old_api(2)

same_text()
same_text()
_warnings.warn("same text", DeprecationWarning)
print("stacklevel 2 points outside __main__'s function? no, still __main__:")


def deprecated_helper():
    _warnings.warn("called a deprecated helper", DeprecationWarning, stacklevel=2)


deprecated_helper()
deprecated_helper()
print(sorted(k[0] for k in __warningregistry__ if k != "version"))
