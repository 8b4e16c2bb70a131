# re.Pattern: compile, attributes, repr with flags, equality/hash, match/fullmatch/search with
# pos/endpos, findall/finditer/split/sub/subn, scanner.
import re

p = re.compile(r"(?P<word>\w+)(\d)?", re.I | re.M)
print(p, p.pattern, p.flags == (re.I | re.M | re.U), p.groups, p.groupindex, type(p.groupindex).__name__)
print(re.compile("a"), re.compile(b"a"), re.compile("a", re.S | re.X), re.compile(b"a", re.L))
print(re.compile("a", re.A), re.compile("x" * 300)) 
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(hash(re.compile("ab")) == hash(re.compile("ab")), re.compile("a") is re.compile("a"))

p = re.compile(r"\d+")
s = "a1b22c333d"
print(p.match(s), p.match(s, 1), p.match(s, 1, 2), p.fullmatch(s, 3, 5), p.fullmatch(s, 3, 4))
print(p.search(s, 5), p.search(s, 5, 6), p.search(s, 20), p.search(s, -5), p.search(s, 4, 2))
print(p.search(s, endpos=100), p.search(string=s, pos=2))
print(p.findall(s), p.findall(s, 2, 7), [m.span() for m in p.finditer(s, 3)])
print(p.split(s), p.split(s, maxsplit=2), re.split(r"(\d)(x)?", "a1b2xc"))
print(re.split(r"\b", "ab cd"), re.split(r"x*", "axbc"), re.split("", "abc"))
print(p.sub("#", s), p.sub("#", s, count=2), p.subn("#", s), p.subn("", s, 1))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c"), re.sub(r"(?P<l>[a-z])", r"<\g<l>>", "ab1"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("(?:)", "", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5c9"))
print(re.sub(r"\w", lambda m: None if m.group() == "b" else m.group().upper(), "abc"))
print(re.sub(r"a", r"\n\t\\", "bab"), repr(re.sub("a", "\\\\", "a")))
print(re.sub(rb"(a)", rb"[\1]", b"banana"), re.sub(rb"a", lambda m: b"A", b"banana"))
print(re.sub(rb"a", bytearray(b"x"), b"aa"), re.sub(b"a", memoryview(b"y"), b"aa"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"(a)", "aa"), re.findall(r"a|(b)", "ab"))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))

sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match(), sc.search(), sc.search(), sc.pattern)
print([m.group() for m in re.finditer(r"\b\w", "one two three")])
it = re.finditer(r"x", "xx")
print(type(it).__name__, next(it).span(), next(it).span(), next(it, None))

# str subclasses, bytearray and memoryview subjects
class S(str):
    pass
m = re.match(r"\w+", S("hello world"))
print(m, type(m.group()).__name__, type(m.string).__name__)
print(re.match(rb"\w+", bytearray(b"ab cd")), re.search(rb"c", memoryview(b"abc")))
print(type(re.match(rb"a", bytearray(b"a")).group()).__name__)

# copy/pickle
import copy, pickle
p = re.compile(r"a(b)", re.I)
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
