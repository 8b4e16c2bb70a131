# compile(): modes and their errors at the top level
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: compile("1", "<s>", "bogus"))
t(lambda: compile("1", "<s>", "func_type"))
t(lambda: type(compile("(int) -> str", "<s>", "func_type")).__name__)
t(lambda: compile("1", "<s>"))
t(lambda: compile(1, "<s>", "exec"))
t(lambda: compile("1", 5, "exec"))
t(lambda: compile("1", b"<bytes>", "exec").co_filename)
t(lambda: compile("x\0", "<s>", "exec"))
t(lambda: compile("1", "<s>", "exec", flags=0x1000000000))
t(lambda: compile("1", "<s>", "exec", dont_inherit=True).co_name)
t(lambda: compile("1", "<s>", "exec", optimize=2).co_filename)
t(lambda: compile(source="a", filename="f", mode="eval").co_names)
try:
    compile("def f(:\n    pass", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("x = (1,\n2", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("  x = 1", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
