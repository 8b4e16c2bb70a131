import math
import os.path
import collections.abc as cabc
from math import pi, sqrt as root
from itertools import (chain,
                       islice)
print(math.floor(2.5), os.path.basename('/a/b'), cabc.Sized.__name__, round(pi, 2), root(16), list(islice(chain('ab', 'c'), 2)))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__ + ":", e)
for src in ["def f():\n    from math import *\n", "from . import x", "import a.b as"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
