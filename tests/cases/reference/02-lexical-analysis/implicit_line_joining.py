# 2.1.5-2.1.6 Explicit and implicit line joining
x = (1 +
     2)
y = [1,
     2,   # comment inside brackets
     3]
z = {"a":
     1}
print(x, y, z)
total = 1 + \
        2 + \
        3
print(total)
s = ("con"
     "cat"
     f"{x}")
print(s)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
if (x == 3 and
        total == 6):
    print("joined condition")
for src in ["x = 1 + \\ 2", "x = (1,\n\\\n2)", "x = 1 \\", "[1,\n2", "(\n", "x = \\\n"]:
    try:
        print(repr(eval(compile(src, "<s>", "exec"), {})))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
