[a, [b, 1]] = stuff
