value = table[key
other = 1
