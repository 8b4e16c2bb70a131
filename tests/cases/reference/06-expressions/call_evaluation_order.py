def t(x): print("eval", getattr(x, "__name__", x)); return x
def f(*a, **k): return a, k
print(t(f)(t(1), t(2), k=t(3), **t({'z': 4})))
d = {}
d[t('key')] = t('value')
print(d)
t([1, 2])[t(0)] = t(9)
print(t(1) + t(2) * t(3))
