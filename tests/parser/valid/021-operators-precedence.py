x = not a and b or c if d else e
y = -a ** -b ** c
z = ~a + +b - -c * d / e // f % g @ h
w = a << b >> c & d ^ e | f
v = a < b <= c > d >= e == f != g is h is not i in j not in k
u = (lambda: 1)() or await_ if x else (yield_)
t = a if b else c if d else e
s = a.b.c[d](e).f
r = 2 ** -1
q = await_ ** 2
augmented = 0
augmented += 1; augmented -= 1; augmented *= 1; augmented /= 1; augmented //= 1
augmented %= 1; augmented **= 1; augmented >>= 1; augmented <<= 1; augmented &= 1
augmented ^= 1; augmented |= 1; augmented @= m
