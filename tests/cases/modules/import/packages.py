# Packages: __init__ execution order, submodules as attributes, `import a.b as c`, __name__/__package__.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs"))

import imp_pkg
print(imp_pkg.__name__, imp_pkg.__package__, hasattr(imp_pkg, "sub"))
import imp_pkg.sub.mod
print(imp_pkg.sub.mod.VALUE, imp_pkg.sub.top_value, imp_pkg.sub.HELPER_NAME)
import imp_pkg.sub.mod as m
print(m is imp_pkg.sub.mod, m.__name__, m.__package__)
from imp_pkg.sub import mod as m2
print(m2 is m)
from imp_pkg import helper, sub
print(helper.NAME, sub.__name__)
print([k for k in sorted(sys.modules) if k.startswith("imp_pkg")])
# importing again runs nothing
import imp_pkg.sub.mod
import imp_pkg.helper
print(type(imp_pkg.__path__).__name__, [os.path.basename(p) for p in imp_pkg.__path__])
print(os.path.basename(imp_pkg.__file__), os.path.basename(m.__file__))
print(repr(imp_pkg).startswith("<module 'imp_pkg' from '"), repr(imp_pkg).endswith("__init__.py'>"))
# __import__ returns the top-level package unless fromlist is given
print(__import__("imp_pkg.sub.mod").__name__, __import__("imp_pkg.sub.mod", fromlist=["x"]).__name__)
print(__import__("imp_pkg.sub", fromlist=["mod"]).mod.__name__)
