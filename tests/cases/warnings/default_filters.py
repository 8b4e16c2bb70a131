# The _warnings module's state at start-up: CPython's default filters for a non-debug build.
import _warnings

for f in _warnings.filters:
    print(f)
print(type(_warnings.filters).__name__, len(_warnings.filters))
print(repr(_warnings._defaultaction))
print(type(_warnings._onceregistry).__name__)
for name in ("warn", "warn_explicit", "_filters_mutated_lock_held", "_acquire_lock", "_release_lock"):
    print(name, type(getattr(_warnings, name)).__name__)
print(_warnings.__doc__)
print(_warnings.warn.__doc__.splitlines()[0])
print(_warnings.warn_explicit.__doc__.splitlines()[0])
