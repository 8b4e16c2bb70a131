firsts = [a, for a in items]
