def inner():
    yield 1
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 2
print(list(outer()))
def delegate_close():
    try:
        yield 1
    finally:
        print("inner closed")
def wrap():
    yield from delegate_close()
w = wrap(); next(w); w.close()
