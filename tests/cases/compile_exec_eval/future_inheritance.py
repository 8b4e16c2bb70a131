# compile() and exec/eval of source inherit the calling code's __future__ flags unless dont_inherit
F = 0x1000000
outer = compile("c1 = compile('def f(a: b): pass', 's', 'exec')\nc2 = compile('def f(a: b): pass', 's', 'exec', dont_inherit=True)\nc3 = compile('def f(a: b): pass', 's', 'exec', 0, 1)\n", "<outer>", "exec", F)
ns = {}
exec(outer, ns)
for k in ("c1", "c2", "c3"):
    print(k, bool(ns[k].co_flags & F))
    d = {}
    try:
        exec(ns[k], d)
        print(d["f"].__annotations__)
    except NameError as e:
        print("NameError:", e)
print(bool(outer.co_flags & F))
e = eval(compile("compile('x: y = 1', 's', 'exec').co_flags & 0x1000000", "<e>", "eval", F))
print(bool(e))
inner = compile("exec('def g(a: undefined): pass', ns2)\nr = ns2['g'].__annotations__", "<x>", "exec", F)
ns2 = {"ns2": {}}
exec(inner, ns2)
print(ns2["r"])
