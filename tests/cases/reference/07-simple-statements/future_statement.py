from __future__ import annotations
def f(x: NotDefined) -> AlsoNot: return x
print(f.__annotations__)
for src in ["from __future__ import braces", "from __future__ import nonexistent", "x = 1\nfrom __future__ import annotations\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
