import _operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.is_none(None), op.is_not_none(0), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
lst = [1, 2, 3]
op.setitem(lst, 0, "x")
op.delitem(lst, 1)
print(lst, op.getitem(lst, 1), op.length_hint([1, 2]), op.length_hint(iter(range(7))), op.length_hint(5, 9))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul([1], 2), op.ior({1}, {2}), op.call(max, 1, 5, 2))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("real", "imag")(1 + 2j))
print(op.methodcaller("split", ",")("a,b"), op.methodcaller("replace", "a", "b", count=1)("aaa"))
print(repr(op.itemgetter(1, "k")), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, x=2)))
print(op._compare_digest("abc", "abc"), op._compare_digest(b"abc", b"abd"))
for t in [lambda: op.neg("a"), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.itemgetter(),
          lambda: op.attrgetter(1), lambda: op.methodcaller(1), lambda: op.add(1), lambda: op.not_(),
          lambda: op.contains(1, 2), lambda: op._compare_digest("é", "é"), lambda: op._compare_digest("a", b"a")]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
