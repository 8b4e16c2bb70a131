def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1, 2, 3}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(1); print(sorted(s))
t(lambda: s.remove(10))
t(lambda: s.remove([1]))
t(lambda: s.discard([1]))
t(lambda: s.add([1]))
t(lambda: s.pop() in {2, 3, 4})
t(lambda: set().pop())
s.clear(); print(s)
t(lambda: {frozenset({1})}.remove({1}))
t(lambda: {frozenset({1})}.__contains__({1}))
t(lambda: [] in {1})
