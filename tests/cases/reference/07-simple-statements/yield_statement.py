def g():
    x = yield 1
    print("got", x)
    y = yield x * 2
    yield from [y, y]
it = g()
print(next(it), it.send(5), it.send("z"), next(it))
def echo():
    while True:
        try:
            v = yield
        except ValueError as e:
            print("handled", e)
e = echo(); next(e); e.throw(ValueError("oops")); e.close()
try:
    next(g()).__class__ and g().send(1)
except TypeError as err:
    print(type(err).__name__ + ":", err)
for src in ["yield 1", "class C:\n    yield 1\n", "[(yield) for x in y]"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as err:
        print(type(err).__name__ + ":", err.msg)
