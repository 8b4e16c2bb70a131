print('a' "b" '''c''' """d""")
print(r'\n', R'\t', len(r'\n'))
print(b'x', B'y', br'\n', Rb'\d', rB'\q')
print(u'unicode', U'U')
print(f'{1+1}', F'{2}', rf'\n{3}', fR'{4}\t')
s = 'abc' 'def'
print(s, len(s))
print(type(b'a' b'b'), b'a' b'b')
