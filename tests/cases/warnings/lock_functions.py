# The lock helpers the Python warnings module uses.
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: _warnings._filters_mutated_lock_held())
t(lambda: _warnings._release_lock())
t(lambda: _warnings._acquire_lock())
t(lambda: _warnings._acquire_lock())
t(lambda: _warnings._filters_mutated_lock_held())
t(lambda: _warnings._release_lock())
t(lambda: _warnings._release_lock())
t(lambda: _warnings._release_lock())
t(lambda: _warnings._acquire_lock(1))
