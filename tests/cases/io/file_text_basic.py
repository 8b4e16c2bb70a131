# Text files through open(): write, read, iteration, readline(s), repr, attributes.
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

NAME = "_tmp_text_basic.txt"

with open(NAME, "w") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write("hello\n"), f.write("wörld\n"), f.write("third line"))
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(repr(f.buffer), f.buffer.raw.mode, f.buffer.raw.closefd)
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    for line in f:
        print(repr(line))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read(100)), repr(f.read()))
with open(NAME, "a") as f:
    print(f.mode, f.write("\nappended"))
with open(NAME, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(NAME, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("HELLO")
    f.seek(0)
    print(repr(f.readline()))
with open(NAME, "rb") as f:
    data = f.read()
    print(data)
with open(NAME, "wt", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
f = open(NAME)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    f.readline()
except ValueError as e:
    print("ValueError:", e)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    with f:
        pass
except ValueError as e:
    print("ValueError:", e)
print(repr(f))
if remove:
    remove(NAME)
