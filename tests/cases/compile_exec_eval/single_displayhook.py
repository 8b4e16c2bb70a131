import sys

shown = []


def hook(value):
    shown.append(value)


old = sys.displayhook
sys.displayhook = hook
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("[1, 2]", "<s>", "single"))
exec(compile("for i in range(3): i\n", "<s>", "single"))
exec(compile("'text'", "<s>", "exec"))
sys.displayhook = old
print(shown)
import builtins

builtins._ = "unset"
exec(compile("40 + 2", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
sys.displayhook("via __displayhook__")
sys.displayhook(None)
