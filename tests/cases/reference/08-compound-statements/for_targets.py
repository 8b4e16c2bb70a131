for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
d = {}
for d['k'] in range(3): pass
print(d)
class O: pass
o = O()
for o.attr in 'xy': pass
print(o.attr)
l = [0, 0]
for l[0] in [7, 8]: pass
print(l)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
lst = [1, 2, 3]
for x in lst:
    if x == 1: lst.remove(x)
print(lst)
