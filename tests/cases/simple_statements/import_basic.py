import sys
print(type(sys.argv).__name__)
print(sys.version_info[:2] >= (3, 14))
from sys import getrecursionlimit
print(getrecursionlimit())
import builtins
print(builtins.len("abc"))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__)
