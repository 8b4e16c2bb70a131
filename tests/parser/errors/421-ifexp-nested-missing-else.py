x = 1 if a else 2 if b
