try:
    compile("class C:\n    [y := 1 for i in range(2)]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
try:
    compile("[i for i in range(2) if (j := i) for j in range(2)]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
def g():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(g())
