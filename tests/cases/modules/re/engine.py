# Matching behaviour through re: backtracking order, repeats, lookarounds, conditionals,
# possessive and atomic groups, case-insensitive and Unicode classes, deep and long inputs.
import re

tests = [
    (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"(a+)+b", "aaaaaaaaaaaaaaaaaaaab"),
    (r"^(\w+)\s*=\s*(.*?)\s*$", "key =  value  "),
    (r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50 or $7"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""),
    (r"(\()?\d+(?(1)\))", "(12) 34 (56"),
    (r"a++b|a*+", "aaab aaa"),
    (r"(?>a|ab)c", "abc ac"),
    (r"(?i)straße", "STRASSE Straße STRAẞE"),
    (r"(?i)[ǆ]+", "ǄǅǆDž"),
    (r"\w+", "naïve café 東京 ١٢٣ x_y"),
    (r"(?a)\w+", "naïve café"),
    (r"\d+", "٣٤ 12 ²"),
    (r"\s+", "a\u2003b\u00a0c\x1cd"),
    (r"[^\W\d_]+", "ab_12cd"),
    (r"\bé", "é xé"),
    (r"(?m)^\w+$", "one\ntwo\n\nthree"),
    (r"(?s)<.*?>", "<a\nb><c>"),
    (r"x*", "axxb"),
    (r"\B", ""),
    (r"(?:ab)*?c", "ababc"),
    (r"([a-c])*\1", "abcc"),
    (r"(?:(a)|b)*", "aba"),
    (r"😀+|[😁-😃]", "x😀😀😂"),
    (r".", "\U0001f600"),
]
for pat, s in tests:
    print(pat, re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])

# long inputs: no recursion limit inside the engine
s = "ab" * 100000 + "c"
m = re.match(r"(?:a|b)*c", s)
print(m.span())
m = re.match(r"((a)|b)*c", s)
print(m.span(), m.span(1), m.span(2))
print(len(re.findall(r"\w", "x" * 200000)))
print(re.sub(r"(a)", r"\1\1", "a" * 1000).count("a"))
print(re.search(r"(x+x+)+y", "x" * 18) is None)
nested = "(" * 50 + "a" + ")" * 50
print(re.match(nested, "a").lastindex)
