# 7.3 assert, 7.4 pass, 7.5 del.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
def nothing():
    pass
print(nothing())
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    y = 1
c = C()
c.z = 2
del c.z
print(hasattr(c, "z"))
for stmt in ["del d['missing']", "del lst[10]", "del c.nothere", "del undefined_thing"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
