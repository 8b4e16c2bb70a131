# With the "error" action, the parser's and compiler's SyntaxWarnings become SyntaxErrors placed
# where the warning points, worded as CPython words the error.
import _warnings

_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
sources = [
    "'\\d'",
    "b'\\d'",
    "x = '\\777'",
    "'''\\q'''",
    "x = 1if 1 else 2",
    "0x1for x in y",
    "[0o7and 1]",
    "x = 1\nx is 'a'",
    "(1, 2)(3)",
    "def f():\n  try:\n    pass\n  finally:\n    return 1\n",
]
for src in sources:
    try:
        compile(src, "<e>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
del _warnings.filters[0]
print(len(_warnings.filters))
