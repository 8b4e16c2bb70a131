def t(x): print("eval", x); return x
d = {t('a'): t(1), t('b'): t(2), **t({'c': 3})}
print(d)
print({t(k): t(v) for k, v in [('x', 1)]})
