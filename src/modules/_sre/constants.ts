// Constants of the regular expression engine, as Lib/re/_constants.py of CPython 3.14 numbers them
// (the stdlib's re/_compiler.py emits these codes; Modules/_sre/sre_constants.h is generated from
// the same list). `_sre.MAGIC` must equal `re._constants.MAGIC`.

export const MAGIC = 20230612;

/** sizeof(SRE_CODE): code words are 32-bit. */
export const CODESIZE = 4;
/** SRE_MAXREPEAT on a 64-bit build (~(SRE_CODE)0). */
export const MAXREPEAT = 4294967295;
/** SRE_MAXGROUPS on a 64-bit build (INT32_MAX / 2). */
export const MAXGROUPS = 1073741823;

// Opcodes (OPCODES in _constants.py, in order).
export const OP_FAILURE = 0;
export const OP_SUCCESS = 1;
export const OP_ANY = 2;
export const OP_ANY_ALL = 3;
export const OP_ASSERT = 4;
export const OP_ASSERT_NOT = 5;
export const OP_AT = 6;
export const OP_BRANCH = 7;
export const OP_CATEGORY = 8;
export const OP_CHARSET = 9;
export const OP_BIGCHARSET = 10;
export const OP_GROUPREF = 11;
export const OP_GROUPREF_EXISTS = 12;
export const OP_IN = 13;
export const OP_INFO = 14;
export const OP_JUMP = 15;
export const OP_LITERAL = 16;
export const OP_MARK = 17;
export const OP_MAX_UNTIL = 18;
export const OP_MIN_UNTIL = 19;
export const OP_NOT_LITERAL = 20;
export const OP_NEGATE = 21;
export const OP_RANGE = 22;
export const OP_REPEAT = 23;
export const OP_REPEAT_ONE = 24;
export const OP_SUBPATTERN = 25;
export const OP_MIN_REPEAT_ONE = 26;
export const OP_ATOMIC_GROUP = 27;
export const OP_POSSESSIVE_REPEAT = 28;
export const OP_POSSESSIVE_REPEAT_ONE = 29;
export const OP_GROUPREF_IGNORE = 30;
export const OP_IN_IGNORE = 31;
export const OP_LITERAL_IGNORE = 32;
export const OP_NOT_LITERAL_IGNORE = 33;
export const OP_GROUPREF_LOC_IGNORE = 34;
export const OP_IN_LOC_IGNORE = 35;
export const OP_LITERAL_LOC_IGNORE = 36;
export const OP_NOT_LITERAL_LOC_IGNORE = 37;
export const OP_GROUPREF_UNI_IGNORE = 38;
export const OP_IN_UNI_IGNORE = 39;
export const OP_LITERAL_UNI_IGNORE = 40;
export const OP_NOT_LITERAL_UNI_IGNORE = 41;
export const OP_RANGE_UNI_IGNORE = 42;

// Position codes (ATCODES).
export const AT_BEGINNING = 0;
export const AT_BEGINNING_LINE = 1;
export const AT_BEGINNING_STRING = 2;
export const AT_BOUNDARY = 3;
export const AT_NON_BOUNDARY = 4;
export const AT_END = 5;
export const AT_END_LINE = 6;
export const AT_END_STRING = 7;
export const AT_LOC_BOUNDARY = 8;
export const AT_LOC_NON_BOUNDARY = 9;
export const AT_UNI_BOUNDARY = 10;
export const AT_UNI_NON_BOUNDARY = 11;

// Character categories (CHCODES).
export const CATEGORY_DIGIT = 0;
export const CATEGORY_NOT_DIGIT = 1;
export const CATEGORY_SPACE = 2;
export const CATEGORY_NOT_SPACE = 3;
export const CATEGORY_WORD = 4;
export const CATEGORY_NOT_WORD = 5;
export const CATEGORY_LINEBREAK = 6;
export const CATEGORY_NOT_LINEBREAK = 7;
export const CATEGORY_LOC_WORD = 8;
export const CATEGORY_LOC_NOT_WORD = 9;
export const CATEGORY_UNI_DIGIT = 10;
export const CATEGORY_UNI_NOT_DIGIT = 11;
export const CATEGORY_UNI_SPACE = 12;
export const CATEGORY_UNI_NOT_SPACE = 13;
export const CATEGORY_UNI_WORD = 14;
export const CATEGORY_UNI_NOT_WORD = 15;
export const CATEGORY_UNI_LINEBREAK = 16;
export const CATEGORY_UNI_NOT_LINEBREAK = 17;

// Flags.
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

// Flags of the INFO block.
export const SRE_INFO_PREFIX = 1;
export const SRE_INFO_LITERAL = 2;
export const SRE_INFO_CHARSET = 4;

// Error codes of the matcher (sre.c).
export const SRE_ERROR_ILLEGAL = -1;
export const SRE_ERROR_STATE = -2;
export const SRE_ERROR_RECURSION_LIMIT = -3;
export const SRE_ERROR_MEMORY = -9;
export const SRE_ERROR_INTERRUPTED = -10;
