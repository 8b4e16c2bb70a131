x = [i for i in 1, 2]
