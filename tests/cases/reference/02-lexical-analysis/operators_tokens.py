# 2.5-2.6 Operators and delimiters: tokenizing adjacent operators
a, b = 7, 3
print(a//b, a**b, a<<b, a>>b, a<=b, a>=b, a==b, a!=b, a%b, a&b, a|b, a^b, ~a, -a, +a)
print(a-- b, a- -b, a+-b, a--b, a+ +b, 1-~2, not-1, -~-~0)
x = 10
x //= 3; print(x)
x **= 2; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x %= 7; print(x)
print(1if 1else 2, [1,2][1:], {1:2}[1], (lambda:3)())
print(a<b>1, a<b<1, a>b<1)
print(...)
for src in ["1 <> 2", "a === b", "a => b", "x := 1", "a ! b", "a $ b", "a ? b", "1 +* 2"]:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
