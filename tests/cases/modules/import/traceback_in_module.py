# An exception raised while a module body runs: the traceback shows the importing line and the
# module's line, with no importlib frames.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs"))
import imp_pkg.bad
