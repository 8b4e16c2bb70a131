for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 % 2, 7 % -0.5, divmod(-7.5, 2))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ('/', '//', '%'):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, type(e).__name__ + ":", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
