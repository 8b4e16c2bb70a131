import sys

out = []
sys.displayhook = lambda v: out.append(repr(v))
for src in ["1", "x = 2", "x", "(1, 2)", "[i for i in range(3)]", "x if x else 0", "print('side effect')",
            "if x:\n    x * 10\n", "for i in range(2):\n    i\n", "def f():\n    return 9\n", "f()",
            "class C:\n    5\n", "while False:\n    pass\n", "try:\n    7\nfinally:\n    8\n",
            "'s'; 3", "import sys as s2", "lambda: 0", "del x", "_"]:
    try:
        exec(compile(src, "<single>", "single"), globals())
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
sys.displayhook = sys.__displayhook__
for line in out:
    print(line if "lambda" not in line else "<lambda>")
