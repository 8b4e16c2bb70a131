def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b" a  b ".split())
t(lambda: b"a,b,,c".split(b","))
t(lambda: b"a,b,,c".rsplit(b",", 1))
t(lambda: b"a,b".split(b""))
t(lambda: b"a,b".split(","))
t(lambda: b"xxaxx".strip(b"x"))
t(lambda: b"  a ".lstrip())
t(lambda: b"  a ".rstrip())
t(lambda: b"a".strip("a"))
t(lambda: b"a\nb\r\n".splitlines(True))
t(lambda: b"a=b".partition(b"="))
t(lambda: b"a=b".rpartition(b"x"))
t(lambda: b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
t(lambda: b"-".join([b"a", "b"]))
