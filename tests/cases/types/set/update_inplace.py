def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1}
s.update([2], {3}); print(sorted(s))
s.intersection_update([1, 2, 5], range(3)); print(sorted(s))
s.difference_update({1}); print(sorted(s))
s.symmetric_difference_update([2, 7]); print(sorted(s))
s |= {8}; print(sorted(s))
s &= {7, 9}; print(sorted(s))
s ^= {7, 0}; print(sorted(s))
s -= {0}; print(sorted(s))
def f():
    global s
    s |= [1]
t(f)
t(lambda: s.update(1))
t(lambda: s.symmetric_difference_update([1], [2]))
