def m(x):
    match x:
        case "":
            return "empty"
        case "a" "b":
            return "implicit concat"
        case f"x" if False:
            return "never"
        case b"bytes":
            return "bytes"
        case "\u00e9":
            return "e acute"
        case r"\n":
            return "raw backslash n"
        case _:
            return "other"


for v in ["", "ab", "é", "\\n", "\n", b"bytes", bytearray(b"bytes"), "bytes", memoryview(b"bytes")]:
    print(repr(v) if not isinstance(v, memoryview) else "memoryview", m(v))
for src in ['match x:\n    case f"a":\n        pass\n', 'match x:\n    case "a" b"b":\n        pass\n', 'match x:\n    case 1 + 2:\n        pass\n', 'match x:\n    case -x:\n        pass\n', 'match x:\n    case 1j + 2:\n        pass\n']:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
