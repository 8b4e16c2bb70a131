# 7.5 The del statement: names, targets lists, attributes, subscriptions, slices
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = b = c = 1
del a, b
print("a" in globals(), "b" in globals(), c)
x, y = 1, 2
del (x, y)
print("x" in globals())
p, q = 3, 4
del [p, q]
print("p" in globals())
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
def del_undefined():
    global never_defined
    del never_defined
t(del_undefined)
def del_local_unbound():
    z = 1
    del z
    del z
t(del_local_unbound)
t(lambda: exec("del nope", {}))
def del_missing_key():
    del d["missing"]
t(del_missing_key)
def del_index_out():
    del lst[10]
t(del_index_out)
def del_attr_missing():
    del o.nothing
t(del_attr_missing)
def del_tuple_item():
    tu = (1, 2)
    del tu[0]
t(del_tuple_item)
def del_str_slice():
    s = "abc"
    del s[0:1]
t(del_str_slice)
lst2 = [[1, 2], [3]]
del lst2[0][1]
print(lst2)
for src in ["del f()", "del 1", "del a + b", "del (a for a in b)", "del *a", "del (*a, b)", "del [a, (b, c)]", "del a.b.c[0]", "del ()", "del []"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", src, "->", e.msg)
