# 6.16 Evaluation order: left to right, assignment evaluates the right side first
def p(tag, v=None):
    print("eval", tag)
    return v if v is not None else tag
print(p(1, 1) + p(2, 2) * p(3, 3))
print((p("a", 1), p("b", 2)), [p("c", 1), p("d", 2)])
print({p("k1"): p("v1"), p("k2"): p("v2")})
print({p("s1", 1), p("s2", 2)} == {1, 2})
print(p("f", print)(p("arg1"), p("arg2"), kw=p("kw")) if False else "call order below")
p("func", lambda *a, **k: None)(p("pos"), *p("star", [1]), k=p("kw"), **p("dstar", {}))
d = {}
d[p("key")] = p("value")
obj = type("O", (), {})()
p("target", obj).attr = p("rhs")
lst = [0, 0]
lst[p("idx", 0)], lst[p("idx2", 1)] = p("r1"), p("r2")
print(lst)
x = p("y", 1) if p("cond", True) else p("n", 2)
print(p("L", 1) < p("M", 2) < p("R", 3))
print(p("and-l", 0) and p("and-r"), p("or-l", 0) or p("or-r"))
print(p("base", 2) ** p("exp", 3))
a = b = p("chain", [])
print(a is b)
def gen():
    print("gen body starts")
    yield 1
g = (p("outer-iter", [1, 2]) for _ in p("first-iter", [0]))
print("genexp created")
print(list(g))
print(p("sl-obj", [1, 2, 3])[p("start", 0):p("stop", 2):p("step", 1)])
print(f"{p('f1')}{p('f2')}")
