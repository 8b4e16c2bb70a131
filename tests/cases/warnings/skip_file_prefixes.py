# skip_file_prefixes: frames whose file starts with a prefix are skipped when counting stacklevel
# (and stacklevel becomes at least 2).
import _warnings

helper_src = '''
import _warnings
def helper(prefixes, level=1):
    _warnings.warn("from helper", UserWarning, level, skip_file_prefixes=prefixes)
'''
ns = {}
exec(compile(helper_src, "/virtual/lib/helper.py", "exec"), ns)
helper = ns["helper"]


def caller(prefixes, level=1):
    helper(prefixes, level)


caller(())  # attributed to helper.py (no source line available)
caller(("/virtual/lib",))  # skipped: attributed to caller()
caller(("/virtual/lib",), 3)  # two levels above helper, skipping it
caller(("/nothing",))  # stacklevel raised to 2: the line in caller()
_warnings.warn("empty tuple is like none", UserWarning, 1, skip_file_prefixes=())
