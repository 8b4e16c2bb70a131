def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def outer(n):
    async def inner(k):
        return k * n

    total = 0
    for i in range(3):
        total += await inner(i)
    return total


print(run(outer(5)))


def make():
    x = 10

    async def closure():
        nonlocal x
        x += 1
        return x

    return closure


cl = make()
print(run(cl()), run(cl()))
print(cl.__code__.co_freevars)


class A:
    async def m(self, x):
        return x + 1

    @staticmethod
    async def s():
        return "static"

    @classmethod
    async def c(cls):
        return cls.__name__


a = A()
print(run(a.m(1)), run(A.s()), run(A.c()))
m = a.m(0)
print(A.m.__qualname__, m.__qualname__)
m.close()
for src in ["lambda: await x\n", "async lambda: 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


async def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(run(defaults(1, c=3)))
print(run(defaults(1, 5, 6, c=3, e=7)))
try:
    defaults(1)
except TypeError as e:
    print("TypeError:", e)
