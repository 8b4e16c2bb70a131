# LOAD_GLOBAL / LOAD_NAME inline caches: results must follow changes made after a site warmed up.
import builtins


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


G = 1


def read_g():
    return G


def use_len(x):
    return len(x)


for _ in range(50):
    read_g()
    use_len("ab")

G = 2
t(read_g)
globals()["G"] = 3
t(read_g)
del G
t(read_g)
G = 4
t(read_g)

# A global shadowing a builtin after warm-up, then removed again.
len = lambda x: "shadowed"  # noqa: E731
t(lambda: use_len("abc"))
del len
t(lambda: use_len("abc"))

# The builtins module changed after warm-up.
orig_len = builtins.len
builtins.len = lambda x: "patched"
t(lambda: use_len("abcd"))
builtins.len = orig_len
t(lambda: use_len("abcd"))
del builtins.len
t(lambda: use_len("abcd"))
builtins.len = orig_len
t(lambda: use_len("abcde"))

# The same code run with different globals dicts.
code = compile("def f():\n    return X\n", "<s>", "exec")
g1 = {"X": "one"}
g2 = {"X": "two"}
exec(code, g1)
exec(code, g2)
for _ in range(30):
    g1["f"]()
    g2["f"]()
t(g1["f"])
t(g2["f"])
del g2["X"]
t(g2["f"])

# Module-level names (LOAD_NAME / STORE_NAME) in a loop.
total = 0
for i in range(40):
    total = total + i
    if i == 20:
        del total
        total = 1000
print(total)
x = 0
for i in range(10):
    x += 1
    globals()["y" + str(i)] = i
print(x, y9)
for i in range(3):
    try:
        print(zz)
    except NameError as e:
        print("NameError:", e)
    zz = i
