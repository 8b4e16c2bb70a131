# 9.3 Interactive input: compile(..., 'single') prints expression values via sys.displayhook
import sys, builtins
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
exec(compile("1 + 2", "<stdin>", "single"))
print(builtins._)
exec(compile("None", "<stdin>", "single"))
print(builtins._)
exec(compile("'a' * 3", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"), globals())
exec(compile("if x:\n    x + 1\n    x + 2\n", "<stdin>", "single"), globals())
exec(compile("for i in range(2): i\n", "<stdin>", "single"))
t(lambda: compile("x = 1\ny = 2\n", "<stdin>", "single"))
t(lambda: type(compile("x = 1; y = 2", "<stdin>", "single")).__name__)
exec(compile("x = 1; x + 10", "<stdin>", "single"), globals())
t(lambda: compile("", "<stdin>", "single"))
seen = []
def hook(v):
    seen.append(v)
sys.displayhook = hook
exec(compile("42", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
del sys.displayhook
try:
    exec(compile("7", "<stdin>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
sys.displayhook([1, 2])
print(builtins._)
