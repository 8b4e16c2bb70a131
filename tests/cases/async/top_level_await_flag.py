PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
CO_COROUTINE = 0x80


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def val():
    return 7


src = "x = await val()\nprint('x is', x)\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
code = compile(src, "<s>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & CO_COROUTINE))
ns = {"val": val}
r = eval(code, ns)
print(type(r).__name__)
print(run(r), ns["x"])
plain = compile("y = 1", "<s>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & CO_COROUTINE))
e = compile("await val()", "<s>", "eval", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(e.co_flags & CO_COROUTINE), run(eval(e, ns)))
lc = compile("[z async for z in agen()]", "<s>", "eval", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)


async def agen():
    yield 1
    yield 2


ns["agen"] = agen
print(bool(lc.co_flags & CO_COROUTINE), run(eval(lc, ns)))
