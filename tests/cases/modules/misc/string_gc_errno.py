import _string
import errno
import gc

print(list(_string.formatter_parser("a{0!r:>{w}}b{{c}}{x.y[1]}")))
first, rest = _string.formatter_field_name_split("obj.attr[0].x")
print(first, list(rest))
try:
    list(_string.formatter_parser("{"))
except ValueError as e:
    print("ValueError:", e)
print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.get_freeze_count(), gc.is_tracked([]), gc.is_tracked(1))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.callbacks, gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
# errno numbers are the host's (the oracle is Emscripten): only check consistency here
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN, "EPERM" in dir(errno))
