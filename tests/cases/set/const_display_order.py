# A set display of constants is folded to one frozenset constant, then BUILD_SET + SET_UPDATE.
# CPython 3.14 builds that frozenset once from the items in source order (3.13 rebuilt it from
# its own iteration order, which moves colliding items). Small ints hash alike on every word size.
print({-1, 21, 111, 190, 192, -199, 156, 28})
print({171, -186, 70, -87, 191, 24, 53, 83})
print({140, -112, -13, 80, 159, 197, 145, 177})
print({-43, 160, 114, 103, 96, 1, 131, -113})
print({-114, 57, -84, -194, 194, -98, 76, 80})
print(list(x for x in {-9, -156, 24, 139, 60, -145, 198, -117}))
print([x for x in {-1, 21, 111, 190, 192, -199, 156, 28} if x > 0])
print(frozenset({171, -186, 70, -87, 191, 24, 53, 83}))
s = {140, -112, -13, 80, 159, 197, 145, 177}
s.add(15)
print(s)
print(set([-1, 21, 111, 190, 192, -199, 156, 28]), set((-1, 21, 111, 190, 192, -199, 156, 28)))
