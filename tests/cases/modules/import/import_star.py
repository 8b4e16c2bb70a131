# `from m import *`: __all__ (including underscore names it lists), public names otherwise, bad __all__.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs"))

ns = {}
exec("from imp_star_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from imp_star_noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
try:
    exec("from imp_star_bad import *", {})
except TypeError as e:
    print("TypeError:", e)
class M:
    __all__ = ("a",)
    a = 1
sys.modules["imp_star_obj"] = M
ns = {}
exec("from imp_star_obj import *", ns)
print(ns["a"])
