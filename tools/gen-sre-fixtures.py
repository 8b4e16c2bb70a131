# Generates tests/unit/fixtures/sre.json with the oracle (CPython 3.14.2):
#   node tools/oracle.mjs tools/gen-sre-fixtures.py > tests/unit/fixtures/sre.json
#
# For each pattern: what re/_compiler.py passes to _sre.compile (the code list, groups,
# groupindex, indexgroup; MAXREPEAT written as "R" because the oracle is a 32-bit build whose
# MAXREPEAT differs from a 64-bit one), the replacement templates re._compile_template would build,
# and the repr of what match/search/fullmatch/findall/finditer/split/sub/subn/scanner return on
# sample strings (or "!Type: message" when they raise). tests/unit/sre.test.ts replays them with
# Typhon's _sre. Also the case tables the compiler uses (unicode_tolower/unicode_iscased) and the
# \d \s \w classes over the BMP.
import json
import re
import sys
import _sre
from re import _compiler, _parser, _constants

out = {"patterns": [], "tables": {}}


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return v
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex(), "t": type(v).__name__}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    raise TypeError(type(v))


def code_word(x):
    if isinstance(x, _constants._NamedIntConstant) and x.name == "MAXREPEAT":
        return "R"
    return int(x)


def run(f):
    try:
        return repr(f())
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


def match_info(m):
    if m is None:
        return None
    return (m, m.regs, m.lastindex, m.lastgroup, m.groupdict(), m.pos, m.endpos)


def add(pattern, flags, subjects, templates=()):
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
    except Exception as e:
        print("skip", repr(pattern), e, file=sys.stderr)
        return
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    cflags = flags | p.state.flags
    rx = re.compile(pattern, flags)
    entry = {
        "pattern": enc(pattern),
        "flags": cflags,
        "code": [code_word(x) for x in code],
        "groups": p.state.groups - 1,
        "groupindex": [[k, v] for k, v in groupindex.items()],
        "indexgroup": indexgroup,
        "repr": repr(rx),
        "templates": [],
        "cases": [],
    }
    is_bytes = isinstance(pattern, bytes)
    tmpls = list(templates)
    tmpls.append(b"<\\g<0>>" if is_bytes else "<\\g<0>>")
    if rx.groups:
        tmpls.append(b"[\\1]" if is_bytes else "[\\1]")
    for t in tmpls:
        try:
            entry["templates"].append([enc(t), enc(_parser.parse_template(t, rx))])
        except Exception as e:
            print("bad template", repr(t), e, file=sys.stderr)
    cases = entry["cases"]

    def case(method, args, result):
        cases.append([method, [enc(a) for a in args], result])

    for s in subjects:
        n = len(s)
        case("match", [s], run(lambda: match_info(rx.match(s))))
        case("search", [s], run(lambda: match_info(rx.search(s))))
        case("fullmatch", [s], run(lambda: match_info(rx.fullmatch(s))))
        case("findall", [s], run(lambda: rx.findall(s)))
        case("finditer", [s], run(lambda: [(m.regs, m.lastindex) for m in rx.finditer(s)]))
        case("split", [s], run(lambda: rx.split(s)))
        case("split", [s, 1], run(lambda: rx.split(s, 1)))
        for t in tmpls:
            case("sub", [t, s], run(lambda: rx.sub(t, s)))
        case("subn", [b"-" if is_bytes else "-", s], run(lambda: rx.subn(b"-" if is_bytes else "-", s)))
        case("subn", [b"" if is_bytes else "", s, 2], run(lambda: rx.subn(b"" if is_bytes else "", s, 2)))
        if n >= 2:
            case("search", [s, 1], run(lambda: match_info(rx.search(s, 1))))
            case("match", [s, 1, n - 1], run(lambda: match_info(rx.match(s, 1, n - 1))))
            case("fullmatch", [s, 1, n - 1], run(lambda: match_info(rx.fullmatch(s, 1, n - 1))))
            case("findall", [s, 1, n - 1], run(lambda: rx.findall(s, 1, n - 1)))
            case("search", [s, n - 1, 1], run(lambda: match_info(rx.search(s, n - 1, 1))))
        case("scanner.match", [s], run(lambda: [match_info(m) for m in iter(rx.scanner(s).match, None)][:20]))
    out["patterns"].append(entry)


GEN = ["", "a", "abc", "aaa", "xabcabcx", "ab\nab\n", "a b  c", "AbC abc ABC", "foo bar", "hello world", "aXbXXc"]

STR_PATTERNS = [
    # literals and prefixes (INFO prefix / overlap table / LITERAL search)
    ("abc", 0, GEN),
    ("a", 0, GEN),
    ("abab", 0, ["abababab", "aabab", "abacabab", "ab"]),
    ("abcabd", 0, ["abcabcabd", "abcabd", "abcab"]),
    ("aab", 0, ["aaab", "aabaab", "ab"]),
    ("hello world", 0, GEN),
    ("x", 0, ["xxx", "", "axbxc"]),
    ("ab*c", 0, ["ac", "abc", "abbbc", "xabbc", "ab"]),
    # ANY / ANY_ALL
    (".", 0, GEN),
    ("a.c", 0, ["abc", "a\nc", "axcayc", "ac"]),
    ("a.*c", 0, ["abcxc", "a\nc", "ac", "abcabc"]),
    ("a.*c", re.S, ["abcxc", "a\nc", "ac"]),
    (".*", 0, GEN),
    (".+", 0, GEN),
    (".+", re.S, GEN),
    ("(?s).", 0, ["\n", "a\nb"]),
    (".*?x", 0, ["abxcdx", "x", "\nx"]),
    # anchors
    ("^abc", 0, GEN),
    ("abc$", 0, GEN + ["abc\n", "abc\n\n"]),
    ("^$", 0, ["", "\n", "a", "\n\n"]),
    ("^a", re.M, ["a\na\nb", "ba\na", "\na"]),
    ("a$", re.M, ["a\na\nb", "ba\na", "a\n"]),
    ("^", re.M, ["a\nb\n", "", "\n"]),
    ("$", re.M, ["a\nb\n", "", "\n"]),
    ("$", 0, ["a\nb\n", "", "\n", "ab"]),
    (r"\Aabc", 0, ["abc", "xabc", "abc\nabc"]),
    (r"abc\Z", 0, ["abc", "abc\n", "xabc"]),
    (r"\A", 0, ["", "ab"]),
    (r"\Z", 0, ["", "ab"]),
    (r"\bfoo\b", 0, ["foo", "a foo b", "foobar", "barfoo", "foo.foo", "é foo é", "éfooé"]),
    (r"\Bo\B", 0, ["foo", "book", "o", "oo"]),
    (r"\b", 0, ["", "ab cd", "é x", "  "]),
    (r"\B", 0, ["", "ab cd", "é x", "  "]),
    (r"\b\w+\b", re.A, ["héllo wörld", "abc déf"]),
    (r"\B", re.A, ["éa", "ab"]),
    # categories
    (r"\d+", 0, ["a1b22c333", "٣٤٥ x", "१२3", "", "x"]),
    (r"\D+", 0, ["a1b22c333", "٣٤٥ x"]),
    (r"\s+", 0, ["a b\tc\nd\x0be\x0cf\rg", "a\u2003b\u00a0c\x1cd\x85e", "x"]),
    (r"\S+", 0, ["a b\tc", "a\u2003b"]),
    (r"\w+", 0, ["héllo wörld 中文 x_1", "a-b", "Ⅻ ½ ²", "\U0001d400bc", "ǅ"]),
    (r"\W+", 0, ["héllo wörld, 中文!", "a-b"]),
    (r"\d+", re.A, ["a1b22 ٣٤٥", "12"]),
    (r"\s+", re.A, ["a\u2003b c", "a\x1cb"]),
    (r"\w+", re.A, ["héllo wörld", "a_b1"]),
    (r"\W", re.A, ["héllo"]),
    (r"[\d\s]+", 0, ["1 2\t3x٣"]),
    (r"[\w-]+", 0, ["a-b_c d", "é-x"]),
    (r"[^\W\d]+", 0, ["ab12cd_3é"]),
    (r"[\D]+", re.A, ["ab٣12"]),
    # charsets
    ("[abc]", 0, GEN),
    ("[^abc]", 0, GEN),
    ("[a-z]+", 0, GEN),
    ("[A-Za-z0-9_]+", 0, GEN + ["a_9Z-"]),
    ("[^a-z]+", 0, GEN),
    ("[a]", 0, ["aba"]),
    ("[^a]", 0, ["aba"]),
    ("[.]", 0, ["a.b"]),
    ("[-a]", 0, ["-a-"]),
    ("[]a]", 0, ["]a]"]),
    ("[α-ω]+", 0, ["αβγ abc ΑΒΓ ωψ"]),
    ("[\u0100-\u0200\u4e00-\u4eff]+", 0, ["\u0150\u4e10x\u0201", "abc"]),
    ("[\u0101\u0103\u0105\u0107\u0109\u2000\u3000\uff01]+", 0, ["\u0101\u0103x\u0102\uff01\u3000"]),
    ("[^\u0101\u0103\u0105\u0107\u0109\u2000\u3000\uff01]+", 0, ["\u0101\u0103x\u0102\uff01\u3000yz"]),
    ("[\U0001F600-\U0001F64F]+", 0, ["a😀😃b😂\U0001F64Fc", "x"]),
    ("[^\U0001F600-\U0001F64F]+", 0, ["a😀😃b"]),
    ("[a-c\U00010000-\U0001FFFF]+", 0, ["a😀\U00010000z"]),
    ("[😀😂]", 0, ["😀x😂😃"]),
    ("😀+", 0, ["a😀😀b😀"]),
    (".😀.", 0, ["a😀b", "😀😀😀"]),
    ("[\x00-\x7f]+", 0, ["abc\x80\xff", "\x00\x01"]),
    ("[\x80-\xff]+", 0, ["abc\x80\xff", "é"]),
    ("[^\x00-\x7f]+", 0, ["abcé中😀"]),
    ("[\\u0000-\\uffff]+", 0, ["abc😀d"]),
    # ignorecase
    ("abc", re.I, GEN),
    ("[a-z]+", re.I, GEN),
    ("[^a-z]+", re.I, GEN),
    ("ß", re.I, ["ß", "ẞ", "SS", "ss"]),
    ("σ", re.I, ["Σσς", "x"]),
    ("Σ+", re.I, ["Σσς"]),
    ("[σ]+", re.I, ["Σσς"]),
    ("k", re.I, ["kK\u212a"]),
    ("[k]+", re.I, ["kK\u212a"]),
    ("[a-z]+", re.I | re.A, ["kK\u212a"]),
    ("\u0130", re.I, ["\u0130i\u0131I"]),
    ("i", re.I, ["\u0130i\u0131I"]),
    ("[i]", re.I, ["\u0130i\u0131I"]),
    ("µ", re.I, ["µΜμ"]),
    ("[^k]", re.I, ["kK\u212ax"]),
    ("\U00010400", re.I, ["\U00010428\U00010400"]),
    ("[\U00010400-\U00010410]+", re.I, ["\U00010428\U00010400\U00010439"]),
    ("ǅ", re.I, ["ǄǅǆDž"]),
    ("[Ǆ-ǆ]+", re.I, ["ǄǅǆDž"]),
    ("[\u1f80-\u1f8f]+", re.I, ["\u1f80\u1f88\u1fb3"]),
    ("é", re.I, ["ÉéE"]),
    ("[à-ÿ]+", re.I, ["ÀÉéÿŸ"]),
    (r"(?i)[^\W\d_]+", 0, ["AbC1_dé"]),
    ("abc", re.I | re.A, ["ABC", "aBc"]),
    ("not", re.I, ["NoT nOt"]),
    # repeats
    ("a*", 0, GEN),
    ("a+", 0, GEN),
    ("a?", 0, GEN),
    ("a{2,3}", 0, GEN + ["aaaaaaa"]),
    ("a{2}", 0, ["aaaaa", "a"]),
    ("a{,2}", 0, ["aaaaa", "b"]),
    ("a{3,}", 0, ["aa", "aaaa"]),
    ("a{0}", 0, ["aa"]),
    ("a*?", 0, GEN),
    ("a+?", 0, GEN),
    ("a??", 0, GEN),
    ("a{2,3}?", 0, ["aaaa"]),
    ("a*?b", 0, ["aaab", "b", "aac"]),
    ("a{2,}?b", 0, ["aaab", "ab"]),
    ("(ab)*", 0, ["ababab", "abac", ""]),
    ("(ab)+", 0, ["ababab", "abac", ""]),
    ("(ab)*?", 0, ["ababab"]),
    ("(ab)*?c", 0, ["ababc", "c", "abab"]),
    ("(ab)+?c", 0, ["ababc", "c"]),
    ("(ab){2,3}", 0, ["abababab", "ab"]),
    ("(ab){2,3}?", 0, ["abababab"]),
    ("(a|b)*", 0, ["abba", "abcba"]),
    ("(a|b)*?c", 0, ["abbac", "c"]),
    ("(?:ab){2,}", 0, ["ababab", "ab"]),
    ("(a*)*", 0, ["aaa", "b"]),
    ("(a*)+", 0, ["aaa", "b"]),
    ("(a*)+?b", 0, ["aaab", "b"]),
    ("(a|)*", 0, ["aaa", "b"]),
    ("(?:a?)*b", 0, ["aab", "b", "c"]),
    ("((a)|b)+", 0, ["ab", "ba", "abb"]),
    ("(a+)+b", 0, ["aaab", "aaaa"]),
    ("(x*y)*", 0, ["xxyxyy", "x"]),
    ("(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    ("((a)|(b))*", 0, ["ab", "ba"]),
    ("(a)*", 0, ["aaa"]),
    ("(?:(a)|b)*", 0, ["ab", "ba"]),
    ("(a+|b+)*c", 0, ["aabbc", "ababx"]),
    ("([abc])*d", 0, ["abbbcd"]),
    ("([abc])*bcd", 0, ["abcd"]),
    ("(?:x(a)?)*", 0, ["xax", "xx"]),
    ("(a*)*?b", 0, ["aab"]),
    ("(a)|\\1", 0, ["a", "x"]),
    ("(?:(?:a)*)*c", 0, ["aaac"]),
    ("(?:a*|b)*c", 0, ["abac"]),
    ("(a{1,2}){2}", 0, ["aaaa", "aaa"]),
    ("(a?){3}b", 0, ["ab", "aab"]),
    ("x{0,1}?y", 0, ["xy", "y"]),
    # possessive
    ("a*+", 0, GEN),
    ("a++", 0, GEN),
    ("a?+", 0, GEN),
    ("a{1,2}+", 0, ["aaa"]),
    ("a*+a", 0, ["aaa"]),
    ("x*+y", 0, ["xxy", "xx"]),
    ("(?:ab)*+", 0, ["ababa"]),
    ("(?:ab)*+b", 0, ["ababb", "abab"]),
    ("(ab|a)*+b", 0, ["abab", "aab"]),
    ("(?:ab){1,2}+c", 0, ["ababc", "abababc"]),
    ("(a)++", 0, ["aaa"]),
    ("(?:a|b)*+c", 0, ["abbac", "ab"]),
    ("[ab]*+a", 0, ["aba"]),
    ("(?:a*)*+", 0, ["aaa"]),
    # atomic groups
    ("(?>a+)b", 0, ["aaab", "aaa"]),
    ("(?>a+)a", 0, ["aaa"]),
    ("(?>a|ab)c", 0, ["abc", "ac"]),
    ("(?>.*)x", 0, ["abx"]),
    ("(?>(a+))b", 0, ["aab"]),
    ("(?>ab|a)(?>bc|b)", 0, ["abc", "abbc"]),
    ("((?>a*))*b", 0, ["aab"]),
    # alternation
    ("a|b|c", 0, GEN),
    ("abc|abd", 0, ["abd", "abcabd"]),
    ("|a", 0, ["a", "ba"]),
    ("a|", 0, ["a", "ba"]),
    ("(?:x|y)z", 0, ["xzyz", "zz"]),
    ("foo|bar|baz", 0, ["foobarbaz", "bax"]),
    ("[ab]x|cy", 0, ["axbxcy"]),
    ("a(?:b|c|d)+e", 0, ["abcdde", "ae"]),
    ("(a|b)c|d(e|f)", 0, ["bc", "df", "x"]),
    ("(?:a|ab)(?:c|bcd)", 0, ["abcd"]),
    ("\\d+|\\w+", 0, ["123abc"]),
    # groups and backreferences
    ("(a)(b)(c)", 0, ["abc", "xabcx"]),
    ("(?P<first>a)(?P<second>b)?", 0, ["ab", "a", "b"]),
    ("(a)\\1", 0, ["aa", "ab", "xaax"]),
    ("(?P<x>a+)(?P=x)", 0, ["aaaa", "aaa", "a"]),
    ("(a)|(b)", 0, ["a", "b", "ab"]),
    ("(a)?b", 0, ["ab", "b"]),
    ("((a)b)?c", 0, ["abc", "c"]),
    ("(a)(?:b(c))?", 0, ["abc", "ab"]),
    ("(?P<word>\\w+) (?P=word)", 0, ["hello hello", "hello world"]),
    ("(\\w+) \\1", re.I, ["Hello HELLO", "a b"]),
    ("(\\w)\\1", 0, ["aabbcd"]),
    ("(a)\\1", re.I, ["aA", "Aa"]),
    ("(σ)\\1", re.I, ["Σς"]),
    ("(\\w+)\\1", re.I | re.A, ["abAB"]),
    ("(a*)b\\1", 0, ["aabaa", "aaba", "b"]),
    ("(a)?\\1", 0, ["b", "aa"]),
    ("((((((((((a))))))))))\\10", 0, ["aa"]),
    ("(?P<a>x)(?P<b>y)(?P<c>z)?", 0, ["xyz", "xy"]),
    ("(?:(?P<n>a)|b)+", 0, ["ab", "ba"]),
    ("()", 0, ["", "ab"]),
    ("(?:)", 0, ["", "ab"]),
    ("", 0, ["", "ab"]),
    ("(a)(b)?(c)?", 0, ["a", "ab", "ac"]),
    # conditional groups
    ("(a)?(?(1)b|c)", 0, ["ab", "c", "ac", "b"]),
    ("(?P<q>\")?\\w+(?(q)\")", 0, ['"abc"', "abc", '"abc', 'abc"']),
    ("(a)?(?(1)b)", 0, ["ab", "a", ""]),
    ("(?:(a)|b)(?(1)x|y)", 0, ["ax", "by", "ay", "bx"]),
    ("(?P<g>a)?(?(g)b|c)d", 0, ["abd", "cd"]),
    # lookarounds
    ("a(?=b)", 0, ["ab", "ac", "aab"]),
    ("a(?!b)", 0, ["ab", "ac", "a"]),
    ("(?<=a)b", 0, ["ab", "cb", "b"]),
    ("(?<!a)b", 0, ["ab", "cb", "b"]),
    ("(?<=ab)c", 0, ["abc", "bc"]),
    ("(?<=(a))b", 0, ["ab"]),
    ("(?=(a+))", 0, ["aaa", "baa"]),
    ("(?!(a)b)", 0, ["ab", "ac"]),
    ("\\w+(?=,)", 0, ["a,bb,c"]),
    ("(?<=\\d{3})x", 0, ["123x 12x"]),
    ("(?<!\\d)\\d\\d(?!\\d)", 0, ["1 22 333 44"]),
    ("(?=a)*", 0, ["a"]),
    ("(?<=a|b)c", 0, ["ac bc cc"]),
    ("(?<=\\ba)c", 0, ["ac bac"]),
    ("(?<=^)x", re.M, ["x\nx"]),
    ("x(?=$)", 0, ["x", "xa"]),
    ("(?!)", 0, ["", "a"]),
    ("(?=)", 0, ["", "a"]),
    ("(?=(a))a*(?!\\1)b", 0, ["aab"]),
    ("(a)(?<=(\\1))", 0, ["a"]),
    ("(?<=(a)(b))c", 0, ["abc"]),
    ("(?=(?:a|b)c)\\w+", 0, ["bcd acx"]),
    ("(?:(?!ab).)+", 0, ["xxabyy"]),
    ("\\b(?:(?!the)\\w)+\\b", 0, ["the other then"]),
    # verbose, inline flags, scoped flags
    ("(?x) a b # comment\n c", 0, ["abc"]),
    ("a(?i:b)c", 0, ["aBc", "ABc"]),
    ("(?i:a(?-i:b))", 0, ["Ab", "AB"]),
    ("(?s:.)(?-s:.)?", 0, ["\n\n"]),
    ("(?m:^a)$", 0, ["b\na"]),
    ("(?a:\\w)\\w", 0, ["éé", "aé"]),
    # empty matches
    ("x*", 0, ["", "axxb", "xx"]),
    ("\\b", 0, ["ab cd"]),
    ("(?=x)", 0, ["axxb"]),
    ("|x", 0, ["xax"]),
    ("(|x)", 0, ["xax"]),
    ("(x)|", 0, ["xax"]),
    # larger patterns
    ("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})", 0, ["ip 192.168.0.1 x", "1.2.3"]),
    ("[\\w.+-]+@[\\w-]+\\.[\\w.]+", 0, ["mail a.b+c@ex-ample.com now"]),
    ("(?P<key>\\w+)=(?P<value>[^;]*);?", 0, ["a=1;b=2;c="]),
    ("\\s*(\\w+)\\s*(?:,\\s*(\\w+)\\s*)*", 0, [" a , b,c "]),
    ("(?:(\\d+)|(\\w+))+", 0, ["ab12cd"]),
    ("<([a-z]+)>.*?</\\1>", 0, ["<a>x</b></a><b>y</b>"]),
    ("(a|b|c|d|e)(f|g)?", 0, ["afbgc"]),
    ("((a)|(b)|(c))+", 0, ["abcab"]),
    ("(?:a+|b+|c+)+d", 0, ["aabbccd"]),
    ("[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}", 0, ["00:1a:2B:3c:4D:5e"]),
    ("^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$", 0, ["10.0.0.255", "256.1.1.1"]),
    ('"(?:[^"\\\\]|\\\\.)*"', 0, ['say "hi \\"there\\"" ok']),
    ("(\\w+)\\s+(?=\\1)", 0, ["the the cat cat dog"]),
    ("a{1,3}b{2,}?c*?", 0, ["aaabbbccc"]),
    ("^(a(b(c)))$", 0, ["abc"]),
    ("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", 0, ['a,"b,c",d']),
    ("x(?:(y)|(z))*w", 0, ["xyzyw"]),
    ("(a(?=b(?=c)))bc", 0, ["abc"]),
    ("(.)(?!\\1)", 0, ["aabc"]),
    ("(?P<a>.)(?P<b>.)(?P=b)(?P=a)", 0, ["xabbay"]),
    ("(?:(?:(?:a)))", 0, ["a"]),
    ("\\x41\\u0042\\U00000043\\N{LATIN SMALL LETTER D}", 0, ["ABCd"]),
    ("\\t\\n\\r\\f\\v\\a", 0, ["\t\n\r\f\v\a"]),
    # lazy repeats of one character before a literal, searches filtered by the first character
    ("a*?b", 0, ["aaab", "xaaby", "aac", "b", "abab"]),
    ("[ab]*?c", 0, ["abbac", "abx", "c", "aacbc"]),
    ("x.*?y", 0, ["x1y2y", "x\ny xy", "xx", "yxy"]),
    ("x.*?y", re.S, ["x\ny xy"]),
    ("a{0,3}?b", 0, ["aaaab", "aab", "b"]),
    (".{2,5}?x", 0, ["abcdefx", "abx", "ax", "abcdx"]),
    ("(?i).*?X", 0, ["abxcX", "\nx"]),
    ("\\d*?5", 0, ["12345", "1234", "5"]),
    ("a+?b", 0, ["aaab aab b"]),
    ("(a)b", 0, ["aab cab ab"]),
    ("(\\d+)x", 0, ["12x 3 4x x"]),
    ("(?P<n>[a-z]+)\\d", 0, ["ab1 cd e2 3"]),
    ("(?:(a)|b)c", 0, ["ac bc cc"]),
    ("a*b", 0, ["aab b ab c"]),
    ("[^ ]+", 0, ["ab cd  e "]),
    ("\\w+?", 0, ["ab c"]),
    ("é+", re.I, ["ÉéE éÉ"]),
    ("[😀-😂]+?x", 0, ["😀😁x😂"]),
    ("\\0\\101", 0, ["\x00A"]),
    ("[\\b]", 0, ["\b"]),
]

BGEN = [b"", b"abc", b"aaa", b"xabcabcx", b"ab\nab\n", b"AbC abc", b"\x80\xff\x00a"]

BYTES_PATTERNS = [
    (b"abc", 0, BGEN),
    (b"a+", 0, BGEN),
    (b"[\x80-\xff]+", 0, BGEN + [b"a\xe9b"]),
    (b"[^\x80-\xff]+", 0, BGEN),
    (b"\\d+", 0, [b"a12b3", b"\xb2"]),
    (b"\\w+", 0, [b"abc d_1 \xe9t\xe9"]),
    (b"\\s+", 0, [b"a b\tc\x1cd\x85e"]),
    (b"\\W+", 0, [b"abc d_1 \xe9t\xe9"]),
    (b"\\bx\\b", 0, [b"x ax x\xe9x"]),
    (b"abc", re.I, [b"ABC aBc \xc1BC"]),
    (b"[a-z]+", re.I, [b"AbC xyz"]),
    (b"\xe9", re.I, [b"\xe9\xc9"]),
    (b"(a)\\1", re.I, [b"aA"]),
    (b"\\w+", re.L, [b"abc d_1 \xe9t\xe9"]),
    (b"abc", re.L | re.I, [b"ABC aBc"]),
    (b"[a-z]+", re.L | re.I, [b"AbC xyz"]),
    (b"[^a]+", re.L | re.I, [b"AbC xyz"]),
    (b"(a)\\1", re.L | re.I, [b"aA"]),
    (b"\\bx\\b", re.L, [b"x ax x\xe9x"]),
    (b"\\Bx", re.L, [b"x ax"]),
    (b"(?P<n>.)(?P=n)", 0, [b"aabcc"]),
    (b".", 0, [b"a\nb"]),
    (b"(?s).", 0, [b"a\nb"]),
    (b"^a$", re.M, [b"a\nb\na"]),
    (b"", 0, [b"ab"]),
    (b"x*", 0, [b"axxb"]),
    (b"[\x00-\x7f]", 0, [b"a\xff"]),
    (b"(?>a+)b|(?:c)++", 0, [b"aab ccc"]),
]

for pat, flags, subjects in STR_PATTERNS:
    add(pat, flags, subjects)
for pat, flags, subjects in BYTES_PATTERNS:
    add(pat, flags, subjects)

# Kind mismatches and argument errors.
add("a", 0, [b"abc"])
add(b"a", 0, ["abc"])
add("a", 0, [bytearray(b"abc")])
add(b"a", 0, [bytearray(b"xax")])

# The case helpers the compiler calls, over the BMP and a few astral blocks.
cps = list(range(0x10000)) + list(range(0x10400, 0x10500)) + list(range(0x1E900, 0x1E960)) + list(range(0x1D400, 0x1D420))
out["tables"]["tolower"] = [[c, _sre.unicode_tolower(c)] for c in cps if _sre.unicode_tolower(c) != c]
out["tables"]["iscased"] = [c for c in cps if _sre.unicode_iscased(c)]
# \d \s \w (str patterns) over the BMP: ranges of code points with the same class bits.
rd, rs, rw = re.compile(r"\d"), re.compile(r"\s"), re.compile(r"\w")
ranges = []
prev = None
for c in range(0x10000):
    ch = chr(c)
    bits = (1 if rd.match(ch) else 0) | (2 if rs.match(ch) else 0) | (4 if rw.match(ch) else 0)
    if bits != prev:
        ranges.append([c, bits])
        prev = bits
out["tables"]["classes"] = ranges
# Code points unassigned in CPython's Unicode version (16.0): the host's may be newer.
import unicodedata
unassigned = []
prev = False
for c in range(0x110000):
    u = unicodedata.category(chr(c)) == "Cn"
    if u != prev:
        unassigned.append(c)
        prev = u
out["tables"]["unassigned"] = unassigned  # boundaries: [start, stop, start, stop, ...]

json.dump(out, sys.stdout, ensure_ascii=True, separators=(",", ":"))
print()
