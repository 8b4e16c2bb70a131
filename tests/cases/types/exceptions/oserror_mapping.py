def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import errno
for args in [(), ("x",), (errno.ENOENT, "No such file"), (errno.EEXIST, "exists", "f"), (errno.EACCES, "denied", "a", None, "b"), (errno.EPERM, "p"), (errno.EISDIR, "dir"), (errno.ENOTDIR, "nd"), (errno.EPIPE, "pipe"), (errno.ECHILD, "c"), (errno.EINTR, "i"), (errno.ESRCH, "s"), (errno.EAGAIN, "a"), (errno.ECONNREFUSED, "r"), (errno.ETIMEDOUT, "t"), (999, "unknown"), ("2", "str errno"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    n = str(e.errno)
    print(type(e).__name__, len(e.args), e.errno == (args[0] if len(args) > 1 else None), e.strerror, e.filename, e.filename2, repr(str(e).replace(n, "N")))
e = FileNotFoundError(errno.ENOENT, "gone", "path.txt")
print(str(e).replace(str(errno.ENOENT), "N"), repr(e).replace(str(errno.ENOENT), "N"))
e = OSError(errno.EEXIST, "dup", "a", None, "b")
print(type(e).__name__, str(e).replace(str(errno.EEXIST), "N"), len(e.args))
e = FileNotFoundError("just a message")
print(e.errno, e.strerror, str(e))
e = OSError(errno.ENOENT, "x")
e.errno = 5
e.strerror = "changed"
e.filename = "fn"
print(type(e).__name__, str(e), len(e.args))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileExistsError, OSError), BlockingIOError.__mro__[1].__name__)
e = BlockingIOError(errno.EAGAIN, "blocked", 3)
print(e.characters_written, len(e.args), str(e).replace(str(errno.EAGAIN), "N"))
t(lambda: BlockingIOError(1, "x").characters_written)
class MyOS(OSError): pass
e = MyOS(errno.ENOENT, "x")
print(type(e).__name__, e.errno == errno.ENOENT)
t(lambda: OSError(errno.ENOENT, "x", "f").__reduce__()[0])
