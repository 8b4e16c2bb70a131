a = b = c = [0]
print(a is b is c)
x, y = 1, 2
(p, q), r = (3, 4), 5
[s, t] = "st"
print(x, y, p, q, r, s, t)
class O: pass
o = O(); o.attr = 1; o.attr2, o.attr3 = 2, 3
print(o.attr, o.attr2, o.attr3)
l = [0, 0, 0]; l[0], l[1:] = 'a', ['b']
print(l)
i = 0; arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
