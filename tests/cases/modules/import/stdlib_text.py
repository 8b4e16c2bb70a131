# Pure-Python stdlib modules from the zip: re, string, textwrap, enum, fractions, datetime, pathlib.
import re, string, textwrap, enum, fractions, datetime, pathlib, heapq, bisect, difflib, shlex

print(re.findall(r"(\w+)=(\d+)", "a=1, b=22"), re.sub(r"\s+", " ", "a  b\n c"), re.split(r"[,;]", "x,y;z"))
m = re.match(r"(?P<h>\d+):(?P<m>\d+)", "12:34")
print(m.groupdict(), m.span("m"), re.escape("a.b"), re.fullmatch("a|b", "b") is not None)
print(string.Template("$who likes $what").substitute(who="tim", what="pie"), string.capwords("hello world"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12), textwrap.dedent("  a\n  b"))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.RED, Color(2), Color["GREEN"].value, list(Color), repr(Color.RED))
print(Perm.R | Perm.W, int(Perm.R | Perm.W), Perm(6))

print(fractions.Fraction(3, 4) + fractions.Fraction(1, 4), fractions.Fraction("0.125"), fractions.Fraction(1, 3).limit_denominator(2))
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), datetime.datetime(2020, 1, 2, 3, 4, 5).strftime("%Y-%m-%d %H:%M"), datetime.timedelta(hours=25))
p = pathlib.PurePosixPath("/usr/lib/python3.14/os.py")
print(p.name, p.suffix, p.parent, p.parts[:3], p.with_suffix(".pyc"))
h = [5, 1, 4]; heapq.heapify(h)
print(heapq.heappop(h), heapq.nlargest(2, [3, 9, 1]), bisect.bisect([1, 3, 5], 4))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="")))
print(shlex.split("a 'b c' d"), shlex.quote("it's"))
