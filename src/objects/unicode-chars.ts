// Character classes with Python's definitions (Objects/unicodectype.c), on JS Unicode property
// escapes. JS's Unicode version is Node's ICU (15.x for Node 20) where CPython 3.14 has 16.0:
// characters assigned in between classify differently (documented in docs/status.md).

/** Python's whitespace: Py_UNICODE_ISSPACE (bidi WS/B/S or Zs), as used by str.split() and strip(). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Line boundaries for str.splitlines (Py_UNICODE_ISLINEBREAK). */
export function isLineBreakCode(c: number): boolean {
  return (
    c === 10 ||
    c === 13 ||
    c === 11 ||
    c === 12 ||
    c === 0x1c ||
    c === 0x1d ||
    c === 0x1e ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const ALPHA = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;
const NUMERIC = /^\p{N}$/u;
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^\p{Uppercase}$/u;
const CASED = /^\p{Cased}$/u;
const TITLE = /^\p{Lt}$/u;
const DIGIT_EXTRA =
  /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]$/u;

/** Py_UNICODE_ISPRINTABLE for one code point given as a string (space is printable). */
export function isPrintableChar(ch: string): boolean {
  if (ch === " ") return true;
  return !NON_PRINTABLE.test(ch);
}

export function isAlphaChar(ch: string): boolean {
  return ALPHA.test(ch);
}
export function isDecimalChar(ch: string): boolean {
  return DECIMAL.test(ch);
}
export function isDigitChar(ch: string): boolean {
  return DECIMAL.test(ch) || DIGIT_EXTRA.test(ch);
}
export function isNumericChar(ch: string): boolean {
  return (
    NUMERIC.test(ch) || (ch.charCodeAt(0) >= 0x3405 && NUMERIC_IDEOGRAPHS.has(ch.codePointAt(0) as number))
  );
}

// CJK ideographs with a numeric value (Unihan kPrimaryNumeric etc.): Numeric_Type=Numeric in
// CPython's database although their category is Lo, so not in \p{N}.
const NUMERIC_IDEOGRAPHS = new Set([
  0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e24, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
  0x4eac, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9, 0x5006, 0x5104, 0x5146, 0x5169, 0x516b,
  0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9,
  0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62d0, 0x62fe, 0x634c, 0x67d2, 0x6d1e, 0x6f06,
  0x7396, 0x767e, 0x7695, 0x79ed, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646,
  0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2,
  0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d,
  0x2f890,
]);
export function isLowerChar(ch: string): boolean {
  return LOWER.test(ch);
}
export function isUpperChar(ch: string): boolean {
  return UPPER.test(ch);
}
export function isCasedChar(ch: string): boolean {
  return CASED.test(ch);
}
export function isTitleChar(ch: string): boolean {
  return TITLE.test(ch);
}

// Characters whose titlecase differs from their uppercase (UnicodeData.txt field 14).
const TITLECASE: Record<string, string> = {
  "\u01c4": "\u01c5",
  "\u01c5": "\u01c5",
  "\u01c6": "\u01c5",
  "\u01c7": "\u01c8",
  "\u01c8": "\u01c8",
  "\u01c9": "\u01c8",
  "\u01ca": "\u01cb",
  "\u01cb": "\u01cb",
  "\u01cc": "\u01cb",
  "\u01f1": "\u01f2",
  "\u01f2": "\u01f2",
  "\u01f3": "\u01f2",
};

/** Full titlecase mapping of one code point (Py_UNICODE_TOTITLE with special casing). */
export function toTitleChar(ch: string): string {
  const t = TITLECASE[ch];
  if (t !== undefined) return t;
  const c = ch.codePointAt(0) as number;
  // Greek letters with ypogegrammeni titlecase to the prosgegrammeni form (U+1F88.. etc.).
  if ((c >= 0x1f80 && c <= 0x1faf) || c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) {
    if (c <= 0x1faf) return String.fromCodePoint(c | 0x08);
    return String.fromCodePoint(c + 9);
  }
  const up = ch.toUpperCase();
  // SpecialCasing's multi-character titlecases keep the first cased letter upper and lower the rest
  // (ß → Ss, ﬁ → Fi, ŉ → ʼN).
  const cps = [...up];
  if (cps.length > 1) {
    const first = cps.findIndex((c) => CASED.test(c));
    if (first < 0) return up;
    return (
      cps.slice(0, first + 1).join("") +
      cps
        .slice(first + 1)
        .join("")
        .toLowerCase()
    );
  }
  return up;
}
