a < b |= c
