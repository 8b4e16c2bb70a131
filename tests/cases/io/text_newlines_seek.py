# TextIOWrapper newline modes on read and write, tell()/seek() cookies, multi-byte text.
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_newlines.txt"

with open(NAME, "wb") as f:
    f.write(b"a\nb\r\nc\rd\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(NAME, newline=nl) as f:
        print("   ", repr(f.read()), f.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(NAME, "rb") as f:
        print(repr(nl), f.read())

# tell/seek at line boundaries, with multi-byte characters
with open(NAME, "w", encoding="utf-8") as f:
    f.write("première ligne\nдругая строка\n第三行\nlast\n")
with open(NAME, encoding="utf-8") as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    for pos, line in reversed(positions):
        f.seek(pos)
        assert f.readline() == line, (pos, line)
    print(f.seek(0), repr(f.read(3)), f.seek(0, 2), repr(f.read()))
    f.seek(0)
    f.read(5)
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print(f.read() == rest)
    f.seek(0)
    print(f.seek(0, 1))
with open(NAME, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("appended\n")
    f.seek(0)
    print(f.readlines()[-1])

# \r\n split across the decoder's chunks
with open(NAME, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\nz")
with open(NAME) as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines], repr(lines[1]), f.newlines)
with open(NAME, newline="") as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines], repr(lines[-1]))

# multi-byte characters split across chunk boundaries
text = ("é" * 5000 + "\n" + "€" * 3000 + "\n" + "\U0001f600" * 2500)
with open(NAME, "w", encoding="utf-8") as f:
    f.write(text)
with open(NAME, encoding="utf-8") as f:
    print(f.read() == text)
with open(NAME, encoding="utf-8") as f:
    got = []
    while True:
        s = f.read(777)
        if not s:
            break
        got.append(s)
    print("".join(got) == text, [len(g) for g in got][:3])
with open(NAME, encoding="utf-8") as f:
    print([len(l) for l in f])

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "ascii"]:
    s = "abc\ndef\n" if enc == "ascii" else "abc\nd\xe9f\n"
    with open(NAME, "w", encoding=enc) as f:
        f.write(s)
        f.write("more\n")
    with open(NAME, "rb") as f:
        print(enc, f.read())
    with open(NAME, encoding=enc) as f:
        print("   ", f.readlines(), f.encoding)

with open(NAME, "wb") as f:
    f.write(b"ok\xff\xfebad\n")
for errors in [None, "replace", "ignore", "surrogateescape", "backslashreplace"]:
    try:
        with open(NAME, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve\n")
try:
    with open(NAME, "w", encoding="ascii") as f:
        f.write("naïve\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(NAME, "rb") as f:
    print(f.read())
if remove:
    remove(NAME)
