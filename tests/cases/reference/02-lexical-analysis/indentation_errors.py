# 2.1.8 Indentation: errors and their messages
def c(src):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
c("if 1:\nx = 1\n")
c("if 1:\n    x = 1\n  y = 2\n")
c("x = 1\n    y = 2\n")
c("if 1:\n\tx = 1\n        y = 2\n")
c("if 1:\n        x = 1\n\ty = 2\n")
c("def f():\n    pass\n  \n")
c("if 1:\n    pass\n# comment\n        # indented comment\n")
c("class C:\n")
c("for x in y:\n# c\n")
c("if 1:\n  if 2:\n      a\n    b\n")
c("try:\n    pass\n")
c("if 1:\n    pass\n  else:\n    pass\n")
c("\\\n  x = 1\n")
c("if 1:\n \tx\n")
