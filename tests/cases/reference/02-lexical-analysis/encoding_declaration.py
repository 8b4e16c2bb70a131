# -*- coding: utf-8 -*-
s = "héllo wörld ✓"
print(s, len(s), len(s.encode()))
print(ascii(s))
ñame = 1
print(ñame)
