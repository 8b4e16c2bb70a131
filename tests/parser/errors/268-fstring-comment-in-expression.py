x = f'{x # comment}'
