class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i
    def __reversed__(self): return iter("custom")
print(list(reversed(R())))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
