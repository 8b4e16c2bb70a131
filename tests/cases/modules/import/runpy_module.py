# runpy (what `python -m` uses): run_module on a module and on a package's __main__, run_path.
import sys, os, runpy
sys.dont_write_bytecode = True
PKGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs")
sys.path.insert(0, PKGS)

g = runpy.run_module("imp_mod")
print(g["__name__"], g["counter"], os.path.relpath(g["__file__"], PKGS), "bump" in g)
g = runpy.run_module("imp_runnable", run_name="__main__")
print(g["RESULT"], g["__name__"], g["__spec__"].name)
g = runpy.run_path(os.path.join(PKGS, "imp_mod.py"), run_name="as_path")
print(g["__name__"], g["counter"])
try:
    runpy.run_module("imp_no_such_module_for_runpy")
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    runpy.run_module("imp_pkg.helper.x")
except ImportError as e:
    print(type(e).__name__ + ":", e)
