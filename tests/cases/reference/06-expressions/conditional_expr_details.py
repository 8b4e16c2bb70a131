# 6.13 Conditional expressions: only one branch evaluated, right-associative, lowest priority but lambda
def p(v):
    print("eval", v)
    return v
print(p(1) if p(True) else p(2))
print(p(1) if p(0) else p(2))
print(1 if 0 else 2 if 0 else 3)
print(1 if 1 else 2 if 0 else 3)
print((1 if 0 else 2) if 1 else 3)
x = 5
y = "big" if x > 3 else "small"
print(y, [("e" if i % 2 == 0 else "o") for i in range(4)])
print(1 + 2 if False else 10, 1 + (2 if False else 10))
print(type(lambda: 0 if False else 1).__name__)
print((lambda: 0 if False else 1)())
print(*[1] if True else [2])
print(not 0 if 0 else 5)
print((yield_ := 3) if x else 0, yield_)
for src in ["1 if 2", "1 if 2 else", "x = 1 if 2 else y = 3", "1 if else 2", "(a if b else c) = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
