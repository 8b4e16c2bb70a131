# The compiler's SyntaxWarnings go through the warning filters: shown each time compile() runs,
# turned into a SyntaxError by the "error" action, dropped by "ignore".
import _warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for i in range(2):
    t(lambda: type(compile("x is 1", "<a>", "exec")).__name__)
t(lambda: type(compile("f = 1\nf(2)()\n", "<b>", "exec")).__name__)
t(lambda: type(compile("'\\d'", "<c>", "eval")).__name__)

_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
t(lambda: compile("x is 1", "<a>", "exec"))
t(lambda: compile("\n\ny = 'abc' is not x", "<d>", "exec"))
try:
    compile("(1, 2)(3)", "<e>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
del _warnings.filters[0]

_warnings.filters.insert(0, ("ignore", None, SyntaxWarning, None, 0))
t(lambda: type(compile("x is 1", "<a>", "exec")).__name__)
del _warnings.filters[0]
print(sorted(k for k in globals().get("__warningregistry__", {}) if k != "version"))
