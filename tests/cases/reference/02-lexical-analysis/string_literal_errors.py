# 2.4.1 String literals: errors reported by the tokenizer and parser
def c(src):
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
c("'abc")
c('"abc')
c("'''abc")
c('"""abc\n\n')
c("b'\\xff' 'x'")
c("'x' b'y'")
c("b'\u00e9'")
c("u'a' 'b'")
c("ub'x'")
c("rr'x'")
c("bu'x'")
c("f'x' b'y'")
c("'a\nb'")
c("x = r'\\'")
c("x = '\\\n'")
c("s = 'abc' 'def'\n")
