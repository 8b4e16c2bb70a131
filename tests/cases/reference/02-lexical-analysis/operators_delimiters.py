a = 7; b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a)
print(a << b, a >> 1, a & b, a | b, a ^ b)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
print((n := 10), n)
print([1, 2][-1], {1: 2}[1], (1,)[0])
