# Encoding names and BOM handling of text files: utf-8-sig, utf-16/32 BOMs on append and seek,
# encoding aliases kept as given, decoding errors at chunk boundaries.
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_enc.txt"

for enc in ["utf-8-sig", "UTF8", "utf_8", "Latin-1", "utf-16", "UTF-32"]:
    with open(NAME, "w", encoding=enc) as f:
        f.write("héllo\n")
        print(enc, f.encoding, repr(f).endswith("encoding='%s'>" % enc))
    with open(NAME, "a", encoding=enc) as f:
        f.write("wörld\n")
    with open(NAME, "rb") as f:
        print("   ", f.read())
    with open(NAME, encoding=enc) as f:
        print("   ", f.readlines())
        f.seek(0)
        f.readline()
        p = f.tell()
        f.seek(0)
        f.seek(p)
        print("   ", repr(f.read()))
with open(NAME, "w", encoding="utf-8") as f:
    f.write("no bom\n")
with open(NAME, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(NAME, "wb") as f:
    f.write(b"\xef\xbb\xbfwith bom\n")
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()))
with open(NAME, "wb") as f:
    f.write(b"a" * 8191 + "é".encode() + b"\xff" + b"tail")
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end, e.encoding)
with open(NAME, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()[-7:]))
with open(NAME, "wb") as f:
    f.write("€".encode()[:2])
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end)
if remove:
    remove(NAME)
