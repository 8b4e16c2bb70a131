# ImportError / ModuleNotFoundError: messages, name, path, name_from; a failing module body.
import sys, os
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "pkgs"))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(HERE, "HERE"))
        for a in ("name", "path", "name_from"):
            v = getattr(e, a, None)
            if v is not None:
                print("   ", a, "=", str(v).replace(HERE, "HERE"))

def imp(stmt):
    def f():
        exec(stmt, {})
    return f

t(imp("import imp_no_such_module"))
t(imp("import imp_pkg.no_such"))
t(imp("import imp_mod.x"))
t(imp("from imp_pkg import no_such_name"))
t(imp("from imp_mod import no_such_name"))
t(imp("from sys import no_such_name"))
t(imp("import imp_pkg.bad"))
print("imp_pkg.bad" in sys.modules)
t(imp("from imp_pkg import bad"))
sys.modules["imp_blocked"] = None
t(imp("import imp_blocked"))
t(lambda: __import__(5))
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("msg", name="n", path="p")
print(e.msg, e.name, e.path, e.args)
