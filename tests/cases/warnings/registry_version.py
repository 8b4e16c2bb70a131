# A registry remembers which warnings were shown; it is reset when the filters change
# (_filters_mutated_lock_held bumps the version the registry records).
import _warnings


def show():
    _warnings.warn("remembered")


show()
show()
print("version" in __warningregistry__, sorted(k[0] for k in __warningregistry__ if k != "version"))
_warnings._acquire_lock()
try:
    _warnings._filters_mutated_lock_held()
finally:
    _warnings._release_lock()
show()  # shown again: the registry was cleared
show()
print(sorted(k[0] for k in __warningregistry__ if k != "version"))

# a falsy value in the registry does not count as "already warned"
key = [k for k in __warningregistry__ if k != "version"][0]
__warningregistry__[key] = 0
show()
print(__warningregistry__[key])
# a registry given to warn_explicit is used as is
reg = {}
_warnings.warn_explicit("explicit", UserWarning, "x.py", 5, registry=reg)
_warnings.warn_explicit("explicit", UserWarning, "x.py", 5, registry=reg)
print(sorted((k for k in reg if k != "version"), key=repr))
