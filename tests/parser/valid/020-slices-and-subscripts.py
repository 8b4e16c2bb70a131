a[1:2, ::3, ...]
a[:, None]
a[1:2:3]
a[::]
a[:]
a[*idx]
a[*idx, 1]
a[1,]
a[(1, 2)]
a[lambda: 1]
a[x := 1]
a[b][c](d)[e:f]
del a[0], a[1:2], a.b
a[i], b.c, (d, [e, f]) = 1, 2, (3, [4, 5])
x, *y, z = range(5)
[first, *rest] = "abc"
(a), (b) = 1, 2
