# tell()/seek() cookies after partial reads, with multi-byte and stateful codecs, and \r\n.
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_cookies.txt"

for enc, newline in [("utf-8", None), ("utf-8", ""), ("utf-16", None), ("latin-1", None), ("utf-32-le", None)]:
    text = "ab\r\ncdé\nfg€h\n" * 3 if enc != "latin-1" else "ab\r\ncd\xe9\nfgh\n" * 3
    with open(NAME, "w", encoding=enc, newline="") as f:
        f.write(text)
    with open(NAME, encoding=enc, newline=newline) as f:
        whole = f.read()
        f.seek(0)
        cookies = []
        for n in [1, 2, 3, 1, 4, 2, 5]:
            cookies.append((f.tell(), f.read(n)))
        cookies.append((f.tell(), f.readline()))
        ok = True
        for c, s in cookies:
            f.seek(c)
            got = f.read(len(s))
            ok = ok and got == s
        f.seek(cookies[3][0])
        rest = f.read()
        print(enc, repr(newline), ok, rest == whole[len("".join(s for _, s in cookies[:3])):])
        print("   ", [s for _, s in cookies])
with open(NAME, "w", encoding="utf-8") as f:
    f.write("x" * 10)
    pos = f.tell()
    f.write("é" * 3)
    print(pos, f.tell())
with open(NAME, encoding="utf-8") as f:
    f.seek(pos)
    print(f.read())
    print(f.tell(), f.seek(0, 2), f.read(), f.tell())
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError:", e)
if remove:
    remove(NAME)
