def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        y = yield "i2"
    except KeyError as e:
        print("inner caught", e)
        y = "recovered"
    return f"inner-result:{y}"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o"
g = outer()
print(next(g))
print(g.send("s1"))
print(g.throw(KeyError("kk")))
try:
    next(g)
except StopIteration:
    print("finished")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def gen_close():
    try:
        yield 1
    finally:
        print("inner finally")
def wrap():
    yield from gen_close()
w = wrap()
next(w)
w.close()
print("closed")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
def from_iter():
    res = yield from It()
    print("res", res)
print(list(from_iter()))
