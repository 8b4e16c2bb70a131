def f():
        return 1
if True:
  print(f())
  if True:
                print("deep")
  print("back")
for src in ["if 1:\n  a=1\n    b=2\n", "if 1:\n    a=1\n  b=2\n", "  x = 1\n", "if 1:\nx=1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno)
