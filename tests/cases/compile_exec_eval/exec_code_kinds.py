def gen():
    yield 1


async def coro():
    return 1


ns = {}
print(type(eval(gen.__code__, ns)).__name__)
c = eval(coro.__code__, ns)
print(type(c).__name__)
c.close()


def with_args(a, b=2):
    return a


try:
    exec(with_args.__code__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval(with_args.__code__)
except TypeError as e:
    print("TypeError:", e)


def uses_global():
    return missing_global


try:
    eval(uses_global.__code__, {})
except NameError as e:
    print("NameError:", e)
print(eval(uses_global.__code__, {"missing_global": "found"}))
lam = lambda: "lambda body"
print(eval(lam.__code__))
print(exec(compile("", "<empty>", "exec")))
print(eval(compile("[]", "<list>", "eval")))
