for src in ["await x", "def f():\n    await x\n", "async def f():\n    yield from x\n", "def f():\n    async with x: pass\n", "[await x for x in y]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__ + ":", e.msg)
