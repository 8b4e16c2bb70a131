# Relative imports: `from . import`, `from .. import`, levels, and their errors.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs"))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import imp_rel
print(imp_rel.deep.LEVEL, imp_rel.deep.inner.__name__)
import imp_rel.sibling as s
print(s.LEVEL, s.inner.__name__)

def beyond():
    import imp_pkg.beyond
t(beyond)

def in_main():
    from . import anything
t(in_main)

def in_main2():
    from .x import y
t(in_main2)

t(lambda: __import__("helper", globals={"__package__": "imp_pkg", "__name__": "imp_pkg"}, level=1).NAME)
t(lambda: __import__("", globals={"__package__": "imp_pkg.sub"}, fromlist=["mod"], level=1).__name__)
t(lambda: __import__("sub.mod", globals={"__package__": "imp_pkg"}, level=1).__name__)
t(lambda: __import__("x", globals={"__package__": 5}, level=1))
t(lambda: __import__("x", globals={}, level=1))
t(lambda: __import__("x", globals={"__package__": ""}, level=1))
t(lambda: __import__("x", level=-1))
t(lambda: __import__(""))
t(lambda: __import__("x", globals={"__package__": "imp_pkg"}, level=3))
