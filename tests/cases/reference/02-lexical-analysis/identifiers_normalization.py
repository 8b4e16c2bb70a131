# 2.3 Identifiers are normalised with NFKC while parsing
ﬁle = 1
print(file)
ℌ = 2
print(H)
x = 3
print(ｘ)
print("ﬁle" in globals(), "file" in globals())
class C:
    ﬀ = 5
print(C.ff, getattr(C, "ff"), hasattr(C, "ﬀ"))
ns = {}
exec("µ = 1", ns)
print([k for k in ns if k != "__builtins__"], ord([k for k in ns if k != "__builtins__"][0]))
print("é".isidentifier(), "1a".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "·a".isidentifier(), "a·".isidentifier())
for src in ["a$ = 1", "€ = 1", "x\u00b7 = 1", "\u00b7x = 1", "a\u200b = 1"]:
    try:
        exec(src, {})
        print("ok", ascii(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
