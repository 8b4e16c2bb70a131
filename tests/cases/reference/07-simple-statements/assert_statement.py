assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__ + ":", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__ + ":", e)
def msg(): print("msg evaluated"); return {"k": 1}
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e.args)
print(__debug__)
