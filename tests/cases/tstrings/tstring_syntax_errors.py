# t-string literals: what the tokenizer and parser reject.
def c(src):
    try:
        compile(src, "<s>", "eval")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)


c('t"{}"')
c('t"{ }"')
c('t"{x"')
c('t"}"')
c('t"{"')
c('t"a" "b"')
c('"a" t"b"')
c('t"a" f"b"')
c('t"a" b"b"')
c('tb"x"')
c('bt"x"')
c('ft"x"')
c('ut"x"')
c('t"{x!}"')
c('t"{x:{y:{z}}}"')
c('t"{x:{y}}"')
c('t"{lambda: 1}"')
c('t"{(lambda: 1)}"')
c('t"{yield}"')
c('T"ok"')
c('Rt"ok"')
c('tR"ok"')
c('t"{x#}"')
c('t"""{x\n}"""')
