def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def val(x):
    return x + 1


async def main():
    xs = [await val(i) for i in range(4)]
    s = {await val(i) % 2 for i in range(4)}
    d = {i: await val(i) for i in range(3)}
    g = (await val(i) for i in range(3))
    nested = [[await val(i + j) for j in range(2)] for i in range(2)]
    return xs, s, d, type(g).__name__, nested


print(run(main()))

for src in [
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [lambda: await x for x in y]\n",
    "async def f():\n    def g():\n        return [await x for x in y]\n",
    "async def f():\n    return {await x: 1 for x in y}\n",
    "[x async for x in y]\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
