# Namespace packages (PEP 420): a folder without __init__.py.
import sys, os
sys.dont_write_bytecode = True
PKGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs")
sys.path.insert(0, PKGS)

import imp_ns
print(type(imp_ns.__path__).__name__, [os.path.relpath(p, PKGS) for p in imp_ns.__path__])
print(imp_ns.__spec__.origin, imp_ns.__spec__.loader is not None, getattr(imp_ns, "__file__", "no __file__"))
print(imp_ns.__spec__.submodule_search_locations is imp_ns.__path__ or type(imp_ns.__spec__.submodule_search_locations).__name__)
import imp_ns.portion.leaf
print(imp_ns.portion.leaf.WHERE, imp_ns.portion.__name__, imp_ns.portion.__package__)
print(repr(imp_ns).startswith("<module 'imp_ns' (namespace) from ["))
