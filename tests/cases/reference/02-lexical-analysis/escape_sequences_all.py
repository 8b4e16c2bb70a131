# 2.4.1.1 Escape sequences: every recognised form, in str and bytes
print(repr("\\ \' \" \a \b \f \n \r \t \v"))
print(repr("\0 \7 \10 \101 \377 \1234"))
print(repr("\x41\x7e\xff"), repr(b"\x41\xff\0"))
print(repr("\u0041\u00e9\u20ac"), repr("\U0001F600"), len("\U0001F600"))
print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), repr("\N{EM DASH}"), repr("\N{space}"))
print(repr("a\
b"))
print(repr(b"\\u0041"), len(b"\\u0041"), repr(b"\\N{EM DASH}"))
print(repr(r"\n\t\x41"), repr(rb"\x00"), repr(R"\\"), repr(Rb"\'"), repr(br"\""))
print(repr("\"'"), repr('\'"'), repr("""a"b'c"""), repr('''x''' '''y'''))
print(ord("\x00"), ord("\177"), ord("\u00FF"), ord("\U0010FFFF"))
for src in [r'"\x4"', r'"\u12"', r'"\U1234567"', r'"\U00110000"', r'"\N{NOT A NAME}"', r'"\N{LATIN"', r'b"\x"', r'"\N"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
