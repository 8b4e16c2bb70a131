# The "error" action raises the warning: the message's Warning instance, or category(message).
import _warnings

_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
try:
    _warnings.warn("becomes an exception")
except UserWarning as e:
    print(type(e).__name__, e.args)


class Custom(UserWarning):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "kept"


w = Custom("an instance")
try:
    _warnings.warn(w)
except Custom as e:
    print(e is w, e.extra, e.args)

try:
    _warnings.warn("a subclass matches too", Custom)
except Custom as e:
    print(type(e).__name__, e.args, e.extra)

# other categories are not affected by this filter
_warnings.warn("runtime warning still printed", RuntimeWarning)

# an uncaught warning-as-error in a nested call has a traceback like any exception
_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))


def inner():
    _warnings.warn("deep", RuntimeWarning, 2)


def middle():
    inner()


try:
    middle()
except RuntimeWarning as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
del _warnings.filters[:2]
_warnings.warn("back to normal")
