x = f'{
x}'
