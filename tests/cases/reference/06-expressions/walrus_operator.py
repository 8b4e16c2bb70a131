data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
print((a := 1, b := 2), a, b)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
for src in ["x := 1", "(a.b := 1)", "[i := 0 for i in range(2)]", "def f(x := 1): pass", "(lambda: x := 1)"]:
    try:
        compile(src, "<s>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
