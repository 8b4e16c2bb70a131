# StringIO/BytesIO __getstate__/__setstate__ (what copy and pickle use).
import _io

s = _io.StringIO("ab\r\ncd", newline=None)
s.read(2)
s.tag = [1]
st = s.__getstate__()
print(st)
t = _io.StringIO()
t.__setstate__(st)
print(repr(t.getvalue()), t.tell(), t.tag, t.newlines, t.read())
t.__setstate__(("x\r\ny", "", 1, None))
print(repr(t.getvalue()), t.tell(), t.readlines())
print(_io.StringIO("q", newline="\r").__getstate__())
for bad in [("a", "\n", -1, None), ("a", "\n", 0, 5), ("a",)]:
    try:
        _io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

b = _io.BytesIO(b"hello")
b.seek(2)
print(b.__getstate__())
b.x = 1
print(b.__getstate__())
c = _io.BytesIO()
c.__setstate__((b"data", 3, {"y": 2}))
print(c.getvalue(), c.tell(), c.y, c.read())
for bad in [(b"a", -1, None), (b"a", 0, 5), (b"a",), ("s", 0, None)]:
    try:
        _io.BytesIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
