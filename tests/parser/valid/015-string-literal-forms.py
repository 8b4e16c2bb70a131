a = 'single' "double" '''triple single''' """triple double"""
b = b'bytes' B"BYTES" rb'\raw' Rb"\R" bR'x' BR"y"
c = r'raw \\' + 'x' + u'unicode' + U"U"
d = '\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101\0\a\b\f\n\r\t\v\\\'\"'
e = b'\x00\xff\377'
f = 'implicit' 'concat' \
    'across lines'
g = ('paren'
     'concat')
h = '''line one
line two \
still two'''
i = ''
j = ""
k = b''
l = '\
'
