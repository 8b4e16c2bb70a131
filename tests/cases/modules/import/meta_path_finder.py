# A finder/loader on sys.meta_path, importlib.import_module and importlib.reload.
import sys, os
import importlib, importlib.abc, importlib.util
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs"))

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual_"):
            print("find_spec", name, path is None)
            return importlib.util.spec_from_loader(name, Loader(), is_package=name == "virtual_pkg")
        return None

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        print("exec_module", module.__name__, module.__spec__.name)
        module.answer = len(module.__name__)

sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.answer, type(virtual_mod.__loader__).__name__, virtual_mod.__spec__.origin)
import virtual_pkg.virtual_child
print(virtual_pkg.virtual_child.answer, virtual_pkg.__path__)
print(importlib.import_module("virtual_mod") is virtual_mod)
print(importlib.import_module(".virtual_child", "virtual_pkg").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
sys.meta_path.pop(0)

import imp_mod
imp_mod.bump(); imp_mod.bump()
print(imp_mod.counter)
r = importlib.reload(imp_mod)
print(r is imp_mod, imp_mod.counter)
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError:", e)
print(importlib.import_module("imp_pkg.sub").__name__)
