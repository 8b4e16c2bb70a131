def t(x): print("eval", x); return x
print(t("a") if t(True) else t("b"))
print(t("a") if t(0) else t("b"))
x = 5
print("big" if x > 3 else "small", ("neg" if x < 0 else "zero" if x == 0 else "pos"))
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(3)])
print([i if i else -1 for i in range(3)])
