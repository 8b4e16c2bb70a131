# -*- coding: utf-8 -*-
café = 1
π = 3.14159
变量 = "значение"
ﬁle = "ligature normalizes to file"
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 2
Ωmega_ℌ = café + π
def función(ñ, ü=1):
    return ñ + ü
class Ünïcode:
    ä = "ä"
print(Ωmega_ℌ, 变量, ﬁle, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢)
s = "emoji 😀 inside strings and \N{GREEK SMALL LETTER ALPHA}"
