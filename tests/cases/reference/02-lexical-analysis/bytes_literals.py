b = b'\x00\xff\n\t\\'
print(b, len(b), list(b))
print(b'abc'[1], b'abc'[1:])
print(rb'\x00', len(rb'\x00'))
print(b'''multi
line''')
try:
    eval("b'caf\u00e9'")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
