x = f'{x!r=}'
