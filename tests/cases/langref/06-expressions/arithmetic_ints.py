# 6.6-6.7 Arithmetic on ints: precedence, floor division and modulo signs, power, big ints.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 2 - 3)
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, -(2 ** 64), 2 ** 64 // 3, 2 ** 64 % 1000, (2 ** 64) * (2 ** 64), 10 ** 20 - 1)
print(9007199254740993 + 0, 9007199254740992 + 1, -9007199254740993 - 1, 3 ** 40 // 3 ** 38)
print(2 ** -1, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7), 7 // 1, -0, 0 * -1)
print(1 << 10, 1 << 64, -1 >> 1, -8 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, -5 & 0xFF)
print(True + True, True * 3, False - 1, 3 / True, True // 1, -True)
for expr in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "2 ** -1 // 0", "1 << -1", "0 ** -1", "pow(2, 3, 0)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
