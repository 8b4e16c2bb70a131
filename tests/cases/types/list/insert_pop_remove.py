def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3]
a.insert(100, "end"); a.insert(-100, "start"); a.insert(-1, "mid"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: a.pop(10))
t(lambda: [].pop())
t(lambda: a.pop("0"))
a.remove(2); print(a)
t(lambda: a.remove(2))
t(lambda: a.insert(1))
a.extend(range(2)); print(a)
a.extend("xy"); print(a)
t(lambda: a.extend(3))
a.clear(); print(a)
