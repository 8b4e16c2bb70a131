for i in range(10):
    if i % 2: continue
    if i > 6: break
    print(i, end=' ')
print()
n = 0
while True:
    n += 1
    if n < 3: continue
    break
print(n)
for i in range(3):
    try:
        if i == 1: continue
        print("body", i)
    finally:
        print("finally", i)
for src in ["break", "continue", "def f():\n    break\n", "for x in y:\n    def f():\n        continue\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
