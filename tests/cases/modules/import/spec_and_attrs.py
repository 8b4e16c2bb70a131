# Module attributes set by the import system: __spec__, __loader__, __file__, __path__, __package__.
import sys, os
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
PKGS = os.path.join(HERE, "pkgs")
sys.path.insert(0, PKGS)

def rel(p):
    return None if p is None else os.path.relpath(p, PKGS)

import imp_pkg.helper as h
import imp_pkg
for m in (imp_pkg, h):
    s = m.__spec__
    print(s.name, s.parent, rel(s.origin), s.has_location, type(s.loader).__name__)
    print("  ", s.submodule_search_locations and [rel(p) for p in s.submodule_search_locations])
    print("  ", m.__loader__ is s.loader, rel(m.__file__), m.__package__, m.__name__)
    print("  ", s.loader.is_package(s.name), rel(s.loader.get_filename(s.name)))
print(type(imp_pkg.__spec__).__name__, repr(h.__spec__).startswith("ModuleSpec(name='imp_pkg.helper', loader=<"))
import math, itertools
print(math.__spec__.name, math.__spec__.origin, math.__loader__.__name__, math.__package__)
print(sys.__spec__.origin, type(sys.__loader__).__name__)
import importlib.machinery as im
print(math.__loader__ is im.BuiltinImporter, im.BuiltinImporter.find_spec("math").name)
print(im.PathFinder in sys.meta_path, im.BuiltinImporter in sys.meta_path)
print(im.SOURCE_SUFFIXES, im.all_suffixes()[:1])
