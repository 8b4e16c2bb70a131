print(repr('\a\b\f\n\r\t\v'))
print(repr('\x41\101\u00e9\U0001F600'))
print(repr('\N{LATIN SMALL LETTER A}\N{GREEK SMALL LETTER ALPHA}'))
print(repr('\\ \' \" \0'))
print(repr('line\
continued'))
print(len('\x00\x01'))
print(repr('\777'))
