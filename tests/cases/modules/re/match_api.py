# The re.Match API: groups by number and name, spans, lastindex/lastgroup, regs, expand,
# indexing, reprs, and the errors for missing groups.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<extra>\d+))?", "Jane Doe rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.span("last"), m.start(2), m.end("first"), m.span(3))
print(m[0], m[1], m["last"], m[3])
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re)
print(m.expand(r"\2, \1 (\g<first>) [\g<0>]"))
print(type(m).__name__, type(m).__module__, type(m).__qualname__, bool(m))
for bad in [4, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.start(7)
except IndexError as e:
    print("IndexError", e)
try:
    m.expand(r"\9")
except re.error as e:
    print("error", e)
print(m.group(True), m[False])

m = re.search(r"(a)|(b)", "xb")
print(m, m.lastindex, m.lastgroup, m.groups(), m.span(1), m.regs)
m = re.match(r"((a)(b))?c", "c")
print(m.groups(), m.lastindex, m.regs)
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastindex, m.lastgroup)
m = re.match(r"(a)(?:b(c))?d", "ad")
print(m.groups(), m.groups(0), m.lastindex)

# repr truncation of long matches and bytes matches
print(re.search(r"x+", "a" + "x" * 80))
print(re.match(rb"\w+", b"bytes\xff"), re.match(rb"\w+", b"bytes").group())
print(re.match(r".+", "quote's \"q\" \u00e9\U0001f600"))
print(re.match("", ""))

# copy and deepcopy give the same object; Match is not instantiable
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    type(m)()
except TypeError as e:
    print("TypeError", e)
print(re.Match[str], re.Pattern[bytes])
