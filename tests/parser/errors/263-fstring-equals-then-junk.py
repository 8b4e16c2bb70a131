x = f'{x=y}'
