print('a', 'b)
