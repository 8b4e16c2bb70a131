# warn() checks its category: a Warning subclass, or the class of a Warning instance message.
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: _warnings.warn("x", int))
t(lambda: _warnings.warn("x", 5))
t(lambda: _warnings.warn("x", "UserWarning"))
t(lambda: _warnings.warn("x", Exception))
t(lambda: _warnings.warn("x", BaseException))
t(lambda: _warnings.warn("x", (UserWarning,)))
t(lambda: _warnings.warn("x", object))
t(lambda: _warnings.warn())
t(lambda: _warnings.warn("x", UserWarning, 1, None, 5))
t(lambda: _warnings.warn("x", bogus=1))
t(lambda: _warnings.warn("x", stacklevel="2"))
t(lambda: _warnings.warn("x", stacklevel=1.5))
t(lambda: _warnings.warn("x", skip_file_prefixes=["a"]))
t(lambda: _warnings.warn("x", skip_file_prefixes=(1,)))
# a Warning instance wins over the category argument
t(lambda: _warnings.warn(RuntimeWarning("instance wins"), int))
t(lambda: _warnings.warn(message="by keyword", category=FutureWarning))
