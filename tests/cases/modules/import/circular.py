# Circular imports: `from x import y` on a partially initialised module, and `import a.b` cycles.
import sys, os
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "pkgs"))

try:
    import imp_circ.a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(HERE, "HERE"))
    print(e.name, e.name_from, str(e.path).replace(HERE, "HERE"))
print("imp_circ.a" in sys.modules, "imp_circ.b" in sys.modules)

import imp_circ.c
print(imp_circ.c.get(), imp_circ.d.get())
import imp_circ.d as d
print(d.D, d.imp_circ.c.C)
